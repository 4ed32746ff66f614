import type { BrokenRule } from '#core';
import { AccessRoute } from '../shared/enums.js';
import type { Offer } from './offer.entity.js';

type OfferRuleFields = Partial<
  Pick<Offer, 'ageMin' | 'ageMax' | 'primaryAgeMin' | 'primaryAgeMax' | 'accessRoute' | 'decidedBy' | 'startsOn' | 'endsOn'>
>;

const given = (n: number | null | undefined): n is number => n !== null && n !== undefined;

/** Rules across fields, checked on the record as it will be saved (after an update is merged). */
export function offerRules(offer: OfferRuleFields): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const { ageMin, ageMax, primaryAgeMin, primaryAgeMax } = offer;
  if (given(ageMin) && given(ageMax) && ageMin > ageMax) {
    broken.push({ fields: ['ageMax', 'ageMin'], message: 'Højeste alder skal være mindst laveste alder.' });
  }
  if (given(primaryAgeMin) && given(primaryAgeMax) && primaryAgeMin > primaryAgeMax) {
    broken.push({ fields: ['primaryAgeMax', 'primaryAgeMin'], message: 'Primær målgruppe: højeste alder skal være mindst laveste alder.' });
  }
  if (given(primaryAgeMin) && given(ageMin) && primaryAgeMin < ageMin) {
    broken.push({ fields: ['primaryAgeMin', 'ageMin'], message: 'Den primære målgruppe skal ligge inden for aldersgrænserne.' });
  }
  if (given(primaryAgeMax) && given(ageMax) && primaryAgeMax > ageMax) {
    broken.push({ fields: ['primaryAgeMax', 'ageMax'], message: 'Den primære målgruppe skal ligge inden for aldersgrænserne.' });
  }
  if (offer.accessRoute === AccessRoute.VISITATION && !offer.decidedBy) {
    broken.push({ fields: ['decidedBy'], message: 'Angiv hvem der visiterer til tilbuddet.' });
  }
  if (offer.startsOn && offer.endsOn && offer.endsOn < offer.startsOn) {
    broken.push({ fields: ['endsOn', 'startsOn'], message: 'Slutdatoen kan ikke ligge før startdatoen.' });
  }
  return broken;
}
