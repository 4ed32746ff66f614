import { graphql } from '../../../gql';

/** A channel with its item id, as the channel editor shows it. */
export const EditableChannelFields = graphql(`
  fragment EditableChannel on Channel {
    id
    kind
    value
    label
    visibility
  }
`);

/** What a channel operation on an offer answers: its channels after the change, or why not. */
export const OfferChannelsAnswerFields = graphql(`
  fragment OfferChannelsAnswer on OfferResult {
    __typename
    ... on Offer {
      channels {
        ...EditableChannel
      }
    }
    ...MutationFailure
  }
`);

/** What a channel operation on an contact answers: its channels after the change, or why not. */
export const ContactChannelsAnswerFields = graphql(`
  fragment ContactChannelsAnswer on ContactResult {
    __typename
    ... on Contact {
      channels {
        ...EditableChannel
      }
    }
    ...MutationFailure
  }
`);

export const AddOfferChannelDocument = graphql(`
  mutation AddOfferChannel($offerId: ID!, $input: ChannelInput!) {
    addOfferChannel(offerId: $offerId, input: $input) {
      ...OfferChannelsAnswer
    }
  }
`);

export const UpdateOfferChannelDocument = graphql(`
  mutation UpdateOfferChannel($offerId: ID!, $channelId: ID!, $input: ChannelInput!) {
    updateOfferChannel(offerId: $offerId, channelId: $channelId, input: $input) {
      ...OfferChannelsAnswer
    }
  }
`);

export const RemoveOfferChannelDocument = graphql(`
  mutation RemoveOfferChannel($offerId: ID!, $channelId: ID!) {
    removeOfferChannel(offerId: $offerId, channelId: $channelId) {
      ...OfferChannelsAnswer
    }
  }
`);

export const AddContactChannelDocument = graphql(`
  mutation AddContactChannel($contactId: ID!, $input: ChannelInput!) {
    addContactChannel(contactId: $contactId, input: $input) {
      ...ContactChannelsAnswer
    }
  }
`);

export const UpdateContactChannelDocument = graphql(`
  mutation UpdateContactChannel($contactId: ID!, $channelId: ID!, $input: ChannelInput!) {
    updateContactChannel(contactId: $contactId, channelId: $channelId, input: $input) {
      ...ContactChannelsAnswer
    }
  }
`);

export const RemoveContactChannelDocument = graphql(`
  mutation RemoveContactChannel($contactId: ID!, $channelId: ID!) {
    removeContactChannel(contactId: $contactId, channelId: $channelId) {
      ...ContactChannelsAnswer
    }
  }
`);
