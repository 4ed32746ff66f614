import type { EditableHoursFragment, HoursExceptionInput, HoursSettingsInput, WeeklyHoursInput } from '../../../../gql/graphql';
import { request } from '../../../../lib/graphql';
import { outcomeOf, type Outcome } from '../form-errors';
import * as C from './contact-hours.operations';
import * as O from './offer-hours.operations';

export type Hours = EditableHoursFragment;
export type WeeklyItem = Hours['weekly'][number];
export type ExceptionItem = Hours['exceptions'][number];

/** The record's hours after a change, or why it was refused. */
export type HoursAnswer = { hours: Hours } | Outcome;

const answer = (result: object): HoursAnswer =>
  'openingHours' in result ? { hours: (result.openingHours as Hours | null) ?? EMPTY_HOURS } : outcomeOf(result, '');

export const EMPTY_HOURS: Hours = { alwaysOpen: false, openOnHolidays: false, note: null, weekly: [], exceptions: [] };

/** The item operations on one record's opening hours (addOfferWeeklyHours, removeContactHoursException, …). */
export function hoursOperations(record: 'offer' | 'contact', id: string) {
  if (record === 'offer') {
    const offerId = id;
    return {
      addWeekly: async (input: WeeklyHoursInput) =>
        answer((await request(O.AddOfferWeeklyHoursDocument, { offerId, input })).addOfferWeeklyHours),
      updateWeekly: async (weeklyHoursId: string, input: WeeklyHoursInput) =>
        answer((await request(O.UpdateOfferWeeklyHoursDocument, { offerId, weeklyHoursId, input })).updateOfferWeeklyHours),
      removeWeekly: async (weeklyHoursId: string) =>
        answer((await request(O.RemoveOfferWeeklyHoursDocument, { offerId, weeklyHoursId })).removeOfferWeeklyHours),
      addException: async (input: HoursExceptionInput) =>
        answer((await request(O.AddOfferHoursExceptionDocument, { offerId, input })).addOfferHoursException),
      updateException: async (exceptionId: string, input: HoursExceptionInput) =>
        answer((await request(O.UpdateOfferHoursExceptionDocument, { offerId, exceptionId, input })).updateOfferHoursException),
      removeException: async (exceptionId: string) =>
        answer((await request(O.RemoveOfferHoursExceptionDocument, { offerId, exceptionId })).removeOfferHoursException),
      setSettings: async (input: HoursSettingsInput) =>
        answer((await request(O.SetOfferHoursSettingsDocument, { offerId, input })).setOfferHoursSettings),
    };
  }
  const contactId = id;
  return {
    addWeekly: async (input: WeeklyHoursInput) =>
      answer((await request(C.AddContactWeeklyHoursDocument, { contactId, input })).addContactWeeklyHours),
    updateWeekly: async (weeklyHoursId: string, input: WeeklyHoursInput) =>
      answer((await request(C.UpdateContactWeeklyHoursDocument, { contactId, weeklyHoursId, input })).updateContactWeeklyHours),
    removeWeekly: async (weeklyHoursId: string) =>
      answer((await request(C.RemoveContactWeeklyHoursDocument, { contactId, weeklyHoursId })).removeContactWeeklyHours),
    addException: async (input: HoursExceptionInput) =>
      answer((await request(C.AddContactHoursExceptionDocument, { contactId, input })).addContactHoursException),
    updateException: async (exceptionId: string, input: HoursExceptionInput) =>
      answer((await request(C.UpdateContactHoursExceptionDocument, { contactId, exceptionId, input })).updateContactHoursException),
    removeException: async (exceptionId: string) =>
      answer((await request(C.RemoveContactHoursExceptionDocument, { contactId, exceptionId })).removeContactHoursException),
    setSettings: async (input: HoursSettingsInput) =>
      answer((await request(C.SetContactHoursSettingsDocument, { contactId, input })).setContactHoursSettings),
  };
}

export type HoursOperations = ReturnType<typeof hoursOperations>;
