import { recordItemsResolver } from '../shared/record-items.resolver.js';
import { OfferResult } from './offer.resolver.js';
import { OffersService } from './offers.service.js';

/** addOfferChannel, updateOfferWeeklyHours, removeOfferHoursException, …: one item at a time (issue 17). */
export const OfferItemsResolver = recordItemsResolver('Offer', OffersService, OfferResult);
