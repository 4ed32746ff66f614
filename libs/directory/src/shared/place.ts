import { text } from '#core';
import { geoPointSchema } from '#geography';

/**
 * Where a record is. Organisations, units and offers carry an address and its coordinates; a contact
 * is where its unit is, else where its organisation is. Search uses the nearest of: the record's own
 * point, its unit's, its organisation's, its organisation's municipality's reference point.
 */
export const placeInputFields = {
  address: text.optional(300),
  location: geoPointSchema.nullish(),
};

type Coordinates = { latitude?: number | null; longitude?: number | null };

/** Moves a validated `location` into the latitude/longitude columns; left out (undefined) means unchanged. */
export function withCoordinates<T extends { location?: { latitude: number; longitude: number } | null }>(
  input: T,
): Omit<T, 'location'> & Coordinates {
  const { location, ...rest } = input;
  if (location === undefined) return rest;
  return { ...rest, latitude: location?.latitude ?? null, longitude: location?.longitude ?? null };
}
