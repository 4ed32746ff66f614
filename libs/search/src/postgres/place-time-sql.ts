import type { OpenAtFilter } from '#directory';
import type { NearQuery } from '../search-engine.port.js';

/** Adds a value to the query's parameters and returns its placeholder ($n). */
interface Params {
  param(value: unknown): string;
}

const KM_PER_DEGREE_LATITUDE = 111.2;

/**
 * Near a point: the document's location is within the radius (a bounding box first, which the index
 * on latitude/longitude can use), or its coverage includes the municipality the point lies in.
 */
export function nearCondition(sql: Params, near: NearQuery): string {
  const dLat = (near.radiusKm / KM_PER_DEGREE_LATITUDE) * 1.01;
  const dLon = (near.radiusKm / (KM_PER_DEGREE_LATITUDE * Math.cos((near.latitude * Math.PI) / 180))) * 1.01;
  const box = `d.latitude BETWEEN ${sql.param(near.latitude - dLat)}::float8 AND ${sql.param(near.latitude + dLat)}::float8
    AND d.longitude BETWEEN ${sql.param(near.longitude - dLon)}::float8 AND ${sql.param(near.longitude + dLon)}::float8`;
  const distance = `vejviser_distance_km(d.latitude, d.longitude, ${sql.param(near.latitude)}::float8, ${sql.param(near.longitude)}::float8)`;
  return `((${box} AND ${distance} <= ${sql.param(near.radiusKm)}::float8) OR d.municipality_codes @> ARRAY[${sql.param(near.municipalityCode)}::text])`;
}

/**
 * Open at a moment: `matchesOpenAt` in libs/directory/src/shared/opening-times.ts, in SQL, after a
 * superset of it that the GIN indexes can answer (migration SearchOpenHours): always open (-1), or
 * open at some slot of the moment's hour (today's or yesterday's spill), or an exception that opens
 * it. The planner combines that with the words' index instead of reading every match of the words.
 */
export function openAtCondition(sql: Params, q: OpenAtFilter): string {
  const hours = `ARRAY[-1, ${sql.param(q.slot)}::int / 4, ${sql.param(q.spillSlot)}::int / 4]`;
  const indexed = `(d.open_hours && ${hours} OR d.exception_open && ARRAY[${sql.param(q.dayKey)}::text, ${sql.param(q.spillKey)}::text])`;
  const onHolidays = (holiday: boolean) => (holiday ? 'd.open_on_holidays AND ' : '');
  const today = `(d.exception_open @> ARRAY[${sql.param(q.dayKey)}::text]
    OR (NOT d.exception_dates @> ARRAY[${sql.param(q.date)}::text]
      AND (d.always_open OR (${onHolidays(q.holiday)}d.open_ranges @> ${sql.param(q.slot)}::int))))`;
  const fromYesterday = `(d.exception_open @> ARRAY[${sql.param(q.spillKey)}::text]
    OR (NOT d.exception_dates @> ARRAY[${sql.param(q.previousDate)}::text]
      AND ${onHolidays(q.previousHoliday)}d.open_ranges @> ${sql.param(q.spillSlot)}::int))`;
  return `(${indexed} AND (${today} OR ${fromYesterday}))`;
}
