import { RELEVANCE_CASES } from './relevance-cases.js';
import { belowFloor, evaluateRelevance, formatReport, matches, type RelevanceCase, type RelevanceRecord } from './relevance-evaluator.js';

const rec = (id: string, type: RelevanceRecord['type'], name: string, organisation = 'Herning Kommune'): RelevanceRecord => ({
  id,
  type,
  name,
  organisation,
});
const CATALOGUE = [
  rec('a', 'OFFER', 'Bostøtte (Serviceloven § 85)'),
  rec('b', 'OFFER', 'Bostøtte (Serviceloven § 85)', 'Sønderborg Kommune'),
  rec('c', 'UNIT', 'Socialpsykiatri'),
  rec('d', 'CONTACT', 'Anne Jensen'),
  rec('e', 'OFFER', 'Bostøtte (Serviceloven § 85)', 'Allerød Kommune'),
];
const BOSTOTTE = { type: 'OFFER' as const, name: 'Bostøtte (Serviceloven § 85)' };

describe('relevance evaluator', () => {
  it('matches records by type, exact name, name fragment and organisation, a list meaning any of them', () => {
    expect(matches(CATALOGUE[0], BOSTOTTE)).toBe(true);
    expect(matches(CATALOGUE[0], { ...BOSTOTTE, organisation: 'Sønderborg Kommune' })).toBe(false);
    expect(matches(CATALOGUE[2], { nameContains: 'PSYKIATRI' })).toBe(true);
    expect(matches(CATALOGUE[2], [{ type: 'OFFER' }, { type: 'UNIT', nameContains: 'social' }])).toBe(true);
  });

  it('scores precision@3 against the relevant records there are, and the reciprocal rank of the first', async () => {
    const cases: RelevanceCase[] = [
      { kind: 'synonym', query: 'bostøtte', top3: [BOSTOTTE, BOSTOTTE] },
      { kind: 'municipality', query: 'socialpsykiatri herning', top3: [{ type: 'UNIT', name: 'Socialpsykiatri' }] },
      { kind: 'typo', query: 'intet', top3: [BOSTOTTE] },
    ];
    const answers: Record<string, string[]> = { bostøtte: ['a', 'd', 'b', 'e'], 'socialpsykiatri herning': ['d', 'c'], intet: [] };
    const report = await evaluateRelevance(async (q) => answers[q], CATALOGUE, cases);
    expect(report.cases.map((c) => [c.query, c.precisionAt3, c.reciprocalRank, c.passed])).toEqual([
      ['bostøtte', 2 / 3, 1, true],
      ['socialpsykiatri herning', 1, 1 / 2, true],
      ['intet', 0, 0, false],
    ]);
    expect(report.precisionAt3).toBeCloseTo((2 / 3 + 1) / 3);
    expect(report.mrr).toBeCloseTo(0.5);
    expect(report.passed).toBe(2);
    expect(report.cases[2].missing).toEqual(['OFFER "Bostøtte (Serviceloven § 85)"']);
    expect(belowFloor(report, { precisionAt3: 0.5, mrr: 0.5, passRate: 0.6 })).toEqual([]);
    expect(belowFloor(report, { precisionAt3: 0.9, mrr: 0.9, passRate: 0.9 })).toHaveLength(3);
    expect(formatReport(report)).toMatch(/FAIL \[typo\] "intet"[\s\S]*overall\s+3 cases {2}p@3 0.556 {2}MRR 0.500 {2}passed 2/);
  });

  it('needs a different hit for each required record', async () => {
    const report = await evaluateRelevance(async () => ['a', 'c', 'd'], CATALOGUE, [
      { kind: 'synonym', query: 'x', top3: [BOSTOTTE, BOSTOTTE] },
    ]);
    expect(report.cases[0].passed).toBe(false);
  });

  it('refuses a case that names a record the data does not have', async () => {
    await expect(
      evaluateRelevance(async () => [], CATALOGUE, [{ kind: 'typo', query: 'x', top3: [{ name: 'Findes ikke' }] }]),
    ).rejects.toThrow('Relevance case "x": no record matches "Findes ikke"');
  });

  it('has at least 60 cases covering every kind the issue names', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(RELEVANCE_CASES.map((c) => c.kind));
    for (const kind of ['inflection', 'compound', 'abbreviation', 'synonym', 'typo', 'municipality', 'age']) expect(kinds).toContain(kind);
    const queries = RELEVANCE_CASES.map((c) => c.query.toLowerCase());
    for (const q of [
      'spiseforstyrrelse',
      'spiseforstyrrelser',
      'selvmordsforebyggelse',
      'bup',
      'ppr',
      'uu',
      'ssp',
      'opus',
      'kui',
      'bostøtte',
    ])
      expect(queries).toContain(q);
    expect(queries).toContain('angst unge herning');
    expect(queries.some((q) => q.includes('17-årig'))).toBe(true);
    expect(new Set(queries).size).toBe(queries.length);
  });
});
