import type { FieldError } from '#core';
import { AccessRoute } from '../shared/enums.js';
import type { Offer } from './offer.entity.js';

type OfferRuleFields = Pick<
  Offer,
  'ageMin' | 'ageMax' | 'primaryAgeMin' | 'primaryAgeMax' | 'accessRoute' | 'decidedBy' | 'startsOn' | 'endsOn'
>;

/** Rules across fields, checked on the record as it will be saved (after an update is merged). */
export function offerRuleErrors(offer: OfferRuleFields): FieldError[] {
  const errors: FieldError[] = [];
  const { ageMin, ageMax, primaryAgeMin, primaryAgeMax } = offer;
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) {
    errors.push({ path: 'input.ageMax', message: 'Højeste alder skal være mindst laveste alder.' });
  }
  if (primaryAgeMin !== null && primaryAgeMax !== null && primaryAgeMin > primaryAgeMax) {
    errors.push({ path: 'input.primaryAgeMax', message: 'Primær målgruppe: højeste alder skal være mindst laveste alder.' });
  }
  if (primaryAgeMin !== null && ageMin !== null && primaryAgeMin < ageMin) {
    errors.push({ path: 'input.primaryAgeMin', message: 'Den primære målgruppe skal ligge inden for aldersgrænserne.' });
  }
  if (primaryAgeMax !== null && ageMax !== null && primaryAgeMax > ageMax) {
    errors.push({ path: 'input.primaryAgeMax', message: 'Den primære målgruppe skal ligge inden for aldersgrænserne.' });
  }
  if (offer.accessRoute === AccessRoute.VISITATION && !offer.decidedBy) {
    errors.push({ path: 'input.decidedBy', message: 'Angiv hvem der visiterer til tilbuddet.' });
  }
  if (offer.startsOn && offer.endsOn && offer.endsOn < offer.startsOn) {
    errors.push({ path: 'input.endsOn', message: 'Slutdatoen kan ikke ligge før startdatoen.' });
  }
  return errors;
}
