import { recordItemsResolver } from '../shared/record-items.resolver.js';
import { ContactResult } from './contact.resolver.js';
import { ContactsService } from './contacts.service.js';

/** addContactChannel, updateContactWeeklyHours, removeContactHoursException, …: one item at a time (issue 17). */
export const ContactItemsResolver = recordItemsResolver('Contact', ContactsService, ContactResult);
