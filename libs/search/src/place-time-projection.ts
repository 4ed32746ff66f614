import type { Organisation } from '#directory';
import { referencePointOf } from '#geography';

type Placed = { latitude: number | null; longitude: number | null } | null | undefined;

/**
 * A document's location: the first of `nearer` (offer, unit) with coordinates, else the organisation's,
 * else the reference point (town hall town) of the organisation's municipality; null for a national or
 * regional organisation without an address.
 */
export function locate(org: Organisation, ...nearer: Placed[]): { latitude: number; longitude: number } | null {
  for (const record of [...nearer, org]) {
    if (record && record.latitude !== null && record.longitude !== null) return { latitude: record.latitude, longitude: record.longitude };
  }
  const point = org.municipalityCode ? referencePointOf(org.municipalityCode) : null;
  return point && { latitude: point.latitude, longitude: point.longitude };
}
