import { graphql } from '../../../gql';

export const AddOfferChannelDocument = graphql(`
  mutation AddOfferChannel($offerId: ID!, $input: ChannelInput!) {
    addOfferChannel(offerId: $offerId, input: $input) {
      __typename
      ... on Offer {
        channels {
          id
          kind
          value
          label
          visibility
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const UpdateOfferChannelDocument = graphql(`
  mutation UpdateOfferChannel($offerId: ID!, $channelId: ID!, $input: ChannelInput!) {
    updateOfferChannel(offerId: $offerId, channelId: $channelId, input: $input) {
      __typename
      ... on Offer {
        channels {
          id
          kind
          value
          label
          visibility
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const RemoveOfferChannelDocument = graphql(`
  mutation RemoveOfferChannel($offerId: ID!, $channelId: ID!) {
    removeOfferChannel(offerId: $offerId, channelId: $channelId) {
      __typename
      ... on Offer {
        channels {
          id
          kind
          value
          label
          visibility
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const AddContactChannelDocument = graphql(`
  mutation AddContactChannel($contactId: ID!, $input: ChannelInput!) {
    addContactChannel(contactId: $contactId, input: $input) {
      __typename
      ... on Contact {
        channels {
          id
          kind
          value
          label
          visibility
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const UpdateContactChannelDocument = graphql(`
  mutation UpdateContactChannel($contactId: ID!, $channelId: ID!, $input: ChannelInput!) {
    updateContactChannel(contactId: $contactId, channelId: $channelId, input: $input) {
      __typename
      ... on Contact {
        channels {
          id
          kind
          value
          label
          visibility
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const RemoveContactChannelDocument = graphql(`
  mutation RemoveContactChannel($contactId: ID!, $channelId: ID!) {
    removeContactChannel(contactId: $contactId, channelId: $channelId) {
      __typename
      ... on Contact {
        channels {
          id
          kind
          value
          label
          visibility
        }
      }
      ... on ErrorResult {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);
