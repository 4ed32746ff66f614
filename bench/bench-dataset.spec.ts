import { DENMARK_BOUNDS, MUNICIPALITIES } from '#geography';
import { createTestDatabase } from '#testing';
import { buildBenchDataset } from './bench-dataset.js';
import { insertBenchDataset } from './bench-load.js';

describe('the dataset of npm run bench:search (small size)', () => {
  const dataset = buildBenchDataset({ offers: 40, contacts: 120 });

  it('has every municipality, the asked numbers of offers and contacts, all invented', () => {
    expect(dataset.municipalities).toBe(98);
    expect(dataset.offers).toHaveLength(40);
    expect(dataset.contacts).toHaveLength(120);
    const municipal = dataset.organisations.filter((o) => o.sector === 'MUNICIPAL');
    expect(new Set(municipal.map((o) => o.municipality_code))).toEqual(new Set(MUNICIPALITIES.map((m) => m.code)));
    expect(dataset.organisations.filter((o) => o.sector === 'REGIONAL')).toHaveLength(5);
    const rows = [...dataset.organisations, ...dataset.units, ...dataset.offers, ...dataset.contacts];
    expect(rows.every((r) => r.is_demo)).toBe(true);
    const channels = [...dataset.offers, ...dataset.contacts].flatMap((r) => r.channels);
    expect(channels.filter((c) => c.kind === 'PHONE').every((c) => c.value.startsWith('+45 0'))).toBe(true);
    expect(channels.filter((c) => c.kind === 'EMAIL').every((c) => c.value.endsWith('.example.org'))).toBe(true);
  });

  it('places records inside Denmark, under organisations and units that exist', () => {
    const b = DENMARK_BOUNDS;
    for (const r of [...dataset.organisations, ...dataset.units, ...dataset.offers]) {
      expect(r.latitude >= b.south && r.latitude <= b.north && r.longitude >= b.west && r.longitude <= b.east).toBe(true);
    }
    const units = new Map(dataset.units.map((u) => [u.id, u]));
    const organisations = new Set(dataset.organisations.map((o) => o.id));
    for (const r of [...dataset.offers, ...dataset.contacts]) {
      expect(organisations.has(r.organisation_id)).toBe(true);
      if (r.unit_id) expect(units.get(r.unit_id)?.organisation_id).toBe(r.organisation_id);
    }
  });

  it('is the same for the same seed', () => {
    const again = buildBenchDataset({ offers: 40, contacts: 120 });
    expect(again.offers.map((o) => [o.id, o.name])).toEqual(dataset.offers.map((o) => [o.id, o.name]));
  });

  it('is written with plain SQL, every row', async () => {
    const database = await createTestDatabase();
    try {
      await insertBenchDataset(database.dataSource, dataset, () => undefined);
      const [counts]: Record<string, string>[] = await database.dataSource.query(
        `SELECT (SELECT count(*) FROM organisation WHERE is_demo) AS organisations, (SELECT count(*) FROM unit) AS units,
          (SELECT count(*) FROM offer) AS offers, (SELECT count(*) FROM contact) AS contacts,
          (SELECT count(*) FROM offer WHERE opening_hours IS NOT NULL AND cardinality(problem_keys) > 0) AS described`,
      );
      expect(Number(counts.organisations)).toBe(dataset.organisations.length);
      expect(Number(counts.units)).toBe(dataset.units.length);
      expect(Number(counts.offers)).toBe(40);
      expect(Number(counts.contacts)).toBe(120);
      expect(Number(counts.described)).toBe(dataset.offers.filter((o) => o.opening_hours && o.problem_keys.length).length);
    } finally {
      await database.close();
    }
  });
});
