import type { ChannelKind, Visibility } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';
import {
  AddContactChannelDocument,
  AddOfferChannelDocument,
  RemoveContactChannelDocument,
  RemoveOfferChannelDocument,
  UpdateContactChannelDocument,
  UpdateOfferChannelDocument,
} from './channel.operations';
import { outcomeOf, type Outcome } from './form-errors';

export interface ChannelItem {
  id: string;
  kind: ChannelKind;
  value: string;
  label?: string | null;
  visibility: Visibility;
}

export type ChannelDraft = { kind: ChannelKind; value: string; label: string; visibility: Visibility };

type Answer = { channels: ChannelItem[] } | Outcome;

const toInput = (draft: ChannelDraft) => ({ ...draft, label: draft.label.trim() === '' ? null : draft.label });
const answer = (result: object): Answer =>
  'channels' in result && Array.isArray(result.channels) ? { channels: result.channels as ChannelItem[] } : outcomeOf(result, '');

/** The item operations on one record's channels (addOfferChannel, removeContactChannel, …). */
export function channelOperations(record: 'offer' | 'contact', id: string) {
  if (record === 'offer')
    return {
      add: async (draft: ChannelDraft) =>
        answer((await request(AddOfferChannelDocument, { offerId: id, input: toInput(draft) })).addOfferChannel),
      update: async (channelId: string, draft: ChannelDraft) =>
        answer((await request(UpdateOfferChannelDocument, { offerId: id, channelId, input: toInput(draft) })).updateOfferChannel),
      remove: async (channelId: string) =>
        answer((await request(RemoveOfferChannelDocument, { offerId: id, channelId })).removeOfferChannel),
    };
  return {
    add: async (draft: ChannelDraft) =>
      answer((await request(AddContactChannelDocument, { contactId: id, input: toInput(draft) })).addContactChannel),
    update: async (channelId: string, draft: ChannelDraft) =>
      answer((await request(UpdateContactChannelDocument, { contactId: id, channelId, input: toInput(draft) })).updateContactChannel),
    remove: async (channelId: string) =>
      answer((await request(RemoveContactChannelDocument, { contactId: id, channelId })).removeContactChannel),
  };
}
