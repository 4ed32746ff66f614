// Livsmod's coverage requirements in the demo data, and a directory that does not quite meet them:
// in Gribskov nobody is tagged for the transition at 18 (the function line exists, untagged, so a
// search by situation misses it), Halsnæs' entry points after a suicide attempt and Hørsholm's at
// discharge from child and youth psychiatry have not been confirmed for months. Everything else
// is as the dataset has it (mostly verified, a few stale contacts here and there).

import type { EntityManager } from 'typeorm';

const DAY = 24 * 60 * 60 * 1000;

/** Livsmod's four entry points, with the situation keys of the taxonomy. */
export const DEMO_COVERAGE_REQUIREMENTS = [
  { situationKey: 'discharge-adult-psychiatry', label: 'Udskrivning fra voksenpsykiatrien' },
  { situationKey: 'discharge-child-youth-psychiatry', label: 'Udskrivning fra børne- og ungdomspsykiatrien' },
  { situationKey: 'suicidal-behaviour', label: 'Efter selvmordsforsøg' },
  { situationKey: 'transition-18', label: 'Overgangen ved 18 år' },
] as const;

/** Unconfirmed for this long: past the default 180-day interval. */
const UNCONFIRMED_DAYS = 230;

/** Makes the gaps described above; runs before the search index is built so search agrees. */
export async function applyDemoCoverageGaps(manager: EntityManager, now: Date): Promise<void> {
  const municipal = `organisation_id IN (SELECT id FROM organisation WHERE is_demo AND sector = 'MUNICIPAL' AND municipality_code = $1)`;
  await manager.query(`UPDATE contact SET situation_keys = array_remove(situation_keys, 'transition-18') WHERE is_demo AND ${municipal}`, [
    '0270',
  ]);
  const unconfirmed = new Date(now.getTime() - UNCONFIRMED_DAYS * DAY);
  const stale = [
    { code: '0260', situations: ['suicidal-behaviour', 'self-harm'] },
    { code: '0223', situations: ['discharge-child-youth-psychiatry'] },
  ];
  for (const { code, situations } of stale) {
    await manager.query(`UPDATE contact SET last_verified_at = $2 WHERE is_demo AND ${municipal} AND situation_keys && $3::text[]`, [
      code,
      unconfirmed,
      situations,
    ]);
  }
}

/** The requirements of the demo network. */
export async function seedDemoCoverageRequirements(manager: EntityManager, networkId: string): Promise<number> {
  for (const [index, { situationKey, label }] of DEMO_COVERAGE_REQUIREMENTS.entries()) {
    // One transaction, one now(): a millisecond apart, so they list in this order.
    await manager.query(
      `INSERT INTO coverage_requirement (network_id, situation_key, label, created_at) VALUES ($1, $2, $3, now() + $4::int * interval '1 millisecond')`,
      [networkId, situationKey, label, index],
    );
  }
  return DEMO_COVERAGE_REQUIREMENTS.length;
}
