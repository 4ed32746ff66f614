import { createHash } from 'node:crypto';

/** Vejviser's namespace for the name-based ids of HSDS records that have no row of their own. */
const NAMESPACE = 'a4f0c7a2-5d1e-4b7e-9c3a-2f6b8d0e1c57';

/**
 * A name-based UUID (version 5, RFC 9562) of `name` in Vejviser's namespace: the same name gives the
 * same id on every instance, so taxonomy terms, locations and attributes keep their ids across exports.
 */
export function hsdsId(name: string): string {
  const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const taxonomyId = (key: string): string => hsdsId(`taxonomy:${key}`);
export const termId = (taxonomyKey: string, termKey: string): string => hsdsId(`term:${taxonomyKey}:${termKey}`);
/** A service_at_location: an offer at its address (`address`) or in a municipality (its code). */
export const serviceAtLocationId = (offerId: string, place: string): string => hsdsId(`sal:${offerId}:${place}`);
export const locationId = (offerOrOrganisationId: string, place: string): string =>
  place === 'address' ? hsdsId(`location:${offerOrOrganisationId}:address`) : hsdsId(`location:municipality:${place}`);
export const childId = (kind: string, parentId: string, index: number | string): string => hsdsId(`${kind}:${parentId}:${index}`);
