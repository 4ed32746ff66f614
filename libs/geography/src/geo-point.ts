import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';

@ObjectType({ description: 'A point on the map: WGS 84 latitude and longitude in decimal degrees.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude (breddegrad), e.g. 56.033.' }) latitude: number;
  @Field(() => Float, { description: 'Longitude (længdegrad), e.g. 12.613.' }) longitude: number;
}

@InputType({ description: 'A point in Denmark: latitude 54.5–57.8, longitude 8.0–15.3.' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude (breddegrad), e.g. 56.033.' }) latitude: number;
  @Field(() => Float, { description: 'Longitude (længdegrad), e.g. 12.613.' }) longitude: number;
}

/**
 * Denmark's bounding box, with a little margin: Gedser (54.56° N) to Grenen (57.75° N), Blåvandshuk
 * (8.07° E) to Christiansø (15.19° E). A point outside it is a typo or swapped coordinates.
 */
export const DENMARK_BOUNDS = { south: 54.5, north: 57.8, west: 8.0, east: 15.3 } as const;

const danish = (n: number) => n.toFixed(1).replace('.', ',');

export const geoPointSchema = z.object({
  latitude: z
    .number('Breddegraden skal være et tal, fx 56,03.')
    .min(
      DENMARK_BOUNDS.south,
      `Breddegraden skal ligge i Danmark: mellem ${danish(DENMARK_BOUNDS.south)} og ${danish(DENMARK_BOUNDS.north)}.`,
    )
    .max(
      DENMARK_BOUNDS.north,
      `Breddegraden skal ligge i Danmark: mellem ${danish(DENMARK_BOUNDS.south)} og ${danish(DENMARK_BOUNDS.north)}.`,
    ),
  longitude: z
    .number('Længdegraden skal være et tal, fx 12,61.')
    .min(DENMARK_BOUNDS.west, `Længdegraden skal ligge i Danmark: mellem ${danish(DENMARK_BOUNDS.west)} og ${danish(DENMARK_BOUNDS.east)}.`)
    .max(
      DENMARK_BOUNDS.east,
      `Længdegraden skal ligge i Danmark: mellem ${danish(DENMARK_BOUNDS.west)} og ${danish(DENMARK_BOUNDS.east)}.`,
    ),
});

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine); the same formula as the SQL function vejviser_distance_km. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A GeoPoint from two nullable columns: both or neither. */
export function geoPointOf(latitude: number | null | undefined, longitude: number | null | undefined): GeoPoint | null {
  if (latitude === null || latitude === undefined || longitude === null || longitude === undefined) return null;
  return Object.assign(new GeoPoint(), { latitude, longitude });
}
