import type { SearchDocumentType } from '../search-engine.port.js';

/** A directory record as the relevance suite names it: by type, name and organisation, never by id. */
export interface RelevanceRecord {
  id: string;
  type: SearchDocumentType;
  name: string;
  organisation: string;
}

/**
 * Names one record or a family of records. `name` must equal the record's name; `nameContains` is a
 * case-insensitive fragment of it; `organisation` is the organisation's exact name. A list is "any of".
 */
export interface RecordPattern {
  type?: SearchDocumentType;
  name?: string;
  nameContains?: string;
  organisation?: string;
}
export type RecordMatcher = RecordPattern | RecordPattern[];

export type RelevanceKind = 'inflection' | 'compound' | 'abbreviation' | 'synonym' | 'typo' | 'municipality' | 'age' | 'situation';

export interface RelevanceCase {
  kind: RelevanceKind;
  /** Typed as a professional would type it into the search box. */
  query: string;
  /** Each matcher must be met by a different record among the first three hits. */
  top3: RecordMatcher[];
  /** More records that count as good answers (for precision), without being required. */
  alsoRelevant?: RecordMatcher[];
}

/** Runs one search and answers the ids of the hits, best first (at least the first ten). */
export type RelevanceSearch = (query: string) => Promise<string[]>;

export interface RelevanceCaseResult {
  kind: RelevanceKind;
  query: string;
  /** Relevant hits among the first three, divided by min(3, number of relevant records). */
  precisionAt3: number;
  /** 1 / rank of the first relevant hit within the first ten; 0 when there is none. */
  reciprocalRank: number;
  /** Every `top3` matcher was met within the first three hits. */
  passed: boolean;
  /** The first three hits, as "TYPE name (organisation)". */
  top: string[];
  /** The `top3` matchers that were not met. */
  missing: string[];
}

export interface RelevanceReport {
  cases: RelevanceCaseResult[];
  precisionAt3: number;
  mrr: number;
  passed: number;
}

export interface RelevanceFloor {
  precisionAt3: number;
  mrr: number;
  /** Share of cases whose `top3` records all appear in the top three. */
  passRate: number;
}

const DEPTH = 10;

export function matches(record: RelevanceRecord, matcher: RecordMatcher): boolean {
  const patterns = Array.isArray(matcher) ? matcher : [matcher];
  return patterns.some(
    (p) =>
      (!p.type || p.type === record.type) &&
      (p.name === undefined || p.name === record.name) &&
      (p.nameContains === undefined || record.name.toLocaleLowerCase('da').includes(p.nameContains.toLocaleLowerCase('da'))) &&
      (p.organisation === undefined || p.organisation === record.organisation),
  );
}

export function describeMatcher(matcher: RecordMatcher): string {
  const patterns = Array.isArray(matcher) ? matcher : [matcher];
  return patterns
    .map((p) =>
      [p.type, p.name ? `"${p.name}"` : null, p.nameContains ? `*${p.nameContains}*` : null, p.organisation ? `(${p.organisation})` : null]
        .filter(Boolean)
        .join(' '),
    )
    .join(' | ');
}

function describeRecord(record: RelevanceRecord | undefined, id: string): string {
  return record ? `${record.type} ${record.name} (${record.organisation})` : `? ${id}`;
}

/**
 * Whether the `top3` matchers can each be given a different hit (a small bipartite matching):
 * answers the matchers left without one.
 */
function unmetMatchers(matchers: RecordMatcher[], hits: RelevanceRecord[]): RecordMatcher[] {
  const owner = new Map<number, number>();
  const assign = (m: number, seen: Set<number>): boolean => {
    for (let h = 0; h < hits.length; h++) {
      if (seen.has(h) || !matches(hits[h], matchers[m])) continue;
      seen.add(h);
      const current = owner.get(h);
      if (current === undefined || assign(current, seen)) {
        owner.set(h, m);
        return true;
      }
    }
    return false;
  };
  return matchers.filter((_, m) => !assign(m, new Set()));
}

/**
 * Runs every case through `search` and scores it against `catalogue` (every searchable record of the
 * directory, so "relevant" is known whether or not the engine found it). Engine-agnostic: `search`
 * may go through SearchService or straight to one engine.
 */
export async function evaluateRelevance(
  search: RelevanceSearch,
  catalogue: RelevanceRecord[],
  cases: RelevanceCase[],
): Promise<RelevanceReport> {
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  for (const c of cases) {
    for (const matcher of [...c.top3, ...(c.alsoRelevant ?? [])]) {
      if (!catalogue.some((r) => matches(r, matcher)))
        throw new Error(`Relevance case "${c.query}": no record matches ${describeMatcher(matcher)}`);
    }
  }
  const results: RelevanceCaseResult[] = [];
  for (const c of cases) {
    const matchers = [...c.top3, ...(c.alsoRelevant ?? [])];
    const isRelevant = (r: RelevanceRecord | undefined) => !!r && matchers.some((m) => matches(r, m));
    const relevantCount = catalogue.filter(isRelevant).length;
    const ids = (await search(c.query)).slice(0, DEPTH);
    const records = ids.map((id) => byId.get(id));
    const top = records.slice(0, 3);
    const firstRelevant = records.findIndex(isRelevant);
    const unmet = unmetMatchers(
      c.top3,
      top.filter((r): r is RelevanceRecord => !!r),
    );
    results.push({
      kind: c.kind,
      query: c.query,
      precisionAt3: top.filter(isRelevant).length / Math.min(3, relevantCount),
      reciprocalRank: firstRelevant < 0 ? 0 : 1 / (firstRelevant + 1),
      passed: unmet.length === 0,
      top: top.map((r, i) => describeRecord(r, ids[i])),
      missing: unmet.map(describeMatcher),
    });
  }
  const mean = (f: (r: RelevanceCaseResult) => number) => results.reduce((sum, r) => sum + f(r), 0) / Math.max(1, results.length);
  return {
    cases: results,
    precisionAt3: mean((r) => r.precisionAt3),
    mrr: mean((r) => r.reciprocalRank),
    passed: results.filter((r) => r.passed).length,
  };
}

/** What falls short of the floor, in words; empty when the report meets it. */
export function belowFloor(report: RelevanceReport, floor: RelevanceFloor): string[] {
  const passRate = report.passed / Math.max(1, report.cases.length);
  return [
    report.precisionAt3 < floor.precisionAt3 ? `precision@3 ${report.precisionAt3.toFixed(3)} < ${floor.precisionAt3}` : null,
    report.mrr < floor.mrr ? `MRR ${report.mrr.toFixed(3)} < ${floor.mrr}` : null,
    passRate < floor.passRate ? `cases passed ${passRate.toFixed(3)} < ${floor.passRate}` : null,
  ].filter((s): s is string => s !== null);
}

/** One line per case that did not pass, then the totals per kind and overall. */
export function formatReport(report: RelevanceReport, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const r of report.cases) {
    if (r.passed && !options.verbose) continue;
    lines.push(
      `${r.passed ? 'ok  ' : 'FAIL'} [${r.kind}] "${r.query}"  p@3 ${r.precisionAt3.toFixed(2)}  rr ${r.reciprocalRank.toFixed(2)}`,
    );
    for (const m of r.missing) lines.push(`       missing: ${m}`);
    if (!r.passed || options.verbose) r.top.forEach((t, i) => lines.push(`       ${i + 1}. ${t}`));
  }
  const kinds = [...new Set(report.cases.map((r) => r.kind))];
  for (const kind of kinds) {
    const of = report.cases.filter((r) => r.kind === kind);
    const mean = (f: (r: RelevanceCaseResult) => number) => of.reduce((s, r) => s + f(r), 0) / of.length;
    lines.push(
      `${kind.padEnd(13)} ${String(of.length).padStart(3)} cases  p@3 ${mean((r) => r.precisionAt3).toFixed(3)}  MRR ${mean((r) => r.reciprocalRank).toFixed(3)}  passed ${of.filter((r) => r.passed).length}`,
    );
  }
  lines.push(
    `${'overall'.padEnd(13)} ${String(report.cases.length).padStart(3)} cases  p@3 ${report.precisionAt3.toFixed(3)}  MRR ${report.mrr.toFixed(3)}  passed ${report.passed}`,
  );
  return lines.join('\n');
}
