import { BadInputError } from '#core';
import { openAtFilter } from '#directory';
import { geoPointSchema, municipalityAt, referencePointOf } from '#geography';
import { SearchSort, type NearInput } from './place-time.types.js';
import type { SearchQuery } from './search-engine.port.js';

export const DEFAULT_RADIUS_KM = 25;
export const MAX_RADIUS_KM = 500;

/** The place and time parts of a search input, checked (BAD_USER_INPUT with a Danish message). */
export interface PlaceTimeInput {
  near?: NearInput | null;
  nearMunicipality?: string | null;
  sortBy?: SearchSort | null;
  openAt?: Date | null;
}

export function placeTimeQuery(input: PlaceTimeInput): Pick<SearchQuery, 'near' | 'sortBy' | 'openAt'> {
  if (input.near && input.nearMunicipality) throw new BadInputError('Brug enten "near" eller "nearMunicipality", ikke begge.');
  const near = input.near ? nearPoint(input.near) : input.nearMunicipality ? nearMunicipality(input.nearMunicipality) : undefined;
  if (input.sortBy === SearchSort.DISTANCE && !near)
    throw new BadInputError('Sortering efter afstand kræver "near" eller "nearMunicipality".');
  if (input.openAt && Number.isNaN(input.openAt.getTime()))
    throw new BadInputError('"openAt" skal være et tidspunkt i ISO 8601, fx "2026-04-03T10:00:00+02:00".');
  return {
    near,
    sortBy: input.sortBy ?? undefined,
    openAt: input.openAt ? openAtFilter(input.openAt) : undefined,
  };
}

function radius(km: number | null | undefined): number {
  const value = km ?? DEFAULT_RADIUS_KM;
  if (!Number.isFinite(value) || value <= 0 || value > MAX_RADIUS_KM)
    throw new BadInputError(`"radiusKm" skal være over 0 og højst ${MAX_RADIUS_KM} km.`);
  return value;
}

function nearPoint(near: NearInput): SearchQuery['near'] {
  const checked = geoPointSchema.safeParse({ latitude: near.latitude, longitude: near.longitude });
  if (!checked.success) throw new BadInputError(checked.error.issues[0].message);
  // Inside a municipality = nearest reference point (no boundary polygons; see municipalityAt).
  return { ...checked.data, radiusKm: radius(near.radiusKm), municipalityCode: municipalityAt(checked.data).code };
}

function nearMunicipality(code: string): SearchQuery['near'] {
  const point = referencePointOf(code);
  if (!point) throw new BadInputError(`Ukendt kommunekode: "${code}". Brug fire cifre, fx "0217".`);
  return { latitude: point.latitude, longitude: point.longitude, radiusKm: DEFAULT_RADIUS_KM, municipalityCode: code };
}
