import type { FacetField, SearchQuery } from '../search-engine.port.js';
import { GREATER_THAN, LESS_THAN, MARK_END, MARK_START } from './query-text.js';
import type { TextQuery } from './text-query.js';
import { nearCondition, openAtCondition } from './place-time-sql.js';

const CONFIG = `'vejviser_da'::regconfig`;
/** Ended offers sink to the bottom; they stay findable so nobody wonders where they went. */
const STATUS_WEIGHT = `CASE d.status WHEN 'ENDED' THEN 0.2 WHEN 'PAUSED' THEN 0.6 ELSE 1 END
  * CASE WHEN d.verification_due < now() THEN 0.7 ELSE 1 END`;

/** The WHERE clause, score and snippet of one search over `search_document d`, with numbered parameters. */
export class SearchSql {
  readonly params: unknown[] = [];
  private readonly query: string | null;
  private readonly text: TextQuery | null;

  /** `text`: a to_tsquery expression, or the planner's query (which also ranks exact and title matches higher). */
  /** `boostText`: the planner's ranking query for `search.boost.text`. */
  constructor(
    private readonly search: SearchQuery,
    text: string | TextQuery | null,
    private readonly boostText: TextQuery | null = null,
  ) {
    this.text = typeof text === 'string' ? null : text;
    const tsQuery = typeof text === 'string' ? text : (text?.full ?? null);
    this.query = tsQuery === null ? null : `to_tsquery(${CONFIG}, ${this.param(tsQuery)})`;
  }

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** Whether the query has words: then the GIN index on the text is always the way in. */
  get hasText(): boolean {
    return this.query !== null;
  }

  /** Every condition of the search, all of which a hit meets. */
  where(): string {
    const conditions = [...this.fixedConditions(), ...this.facetFilters().map(([, condition]) => condition)];
    return conditions.length ? conditions.join(' AND ') : 'true';
  }

  /**
   * The filters on facet fields whose own facet ignores them (disjunctive facets): a catalogue
   * filtered on one access route still counts the others. Municipality is the search's place (also
   * read from the words and from regions) and stays a plain filter, so its facet counts within it.
   */
  facetFilters(): [FacetField, string][] {
    const s = this.search;
    const filters: [FacetField, string][] = [];
    if (s.types?.length) filters.push(['type', `d.type = ANY(${this.param(s.types)}::text[])`]);
    if (s.situationKeys?.length) filters.push(['situation', `d.situation_keys && ${this.param(s.situationKeys)}::text[]`]);
    if (s.problemKeys?.length) filters.push(['problemTag', `d.problem_keys && ${this.param(s.problemKeys)}::text[]`]);
    if (s.sectors?.length) filters.push(['sector', `d.sector = ANY(${this.param(s.sectors)}::text[])`]);
    if (s.accessRoutes?.length)
      filters.push(['accessRoute', `coalesce(d.access_route = ANY(${this.param(s.accessRoutes)}::text[]), false)`]);
    if (s.statuses?.length) filters.push(['status', `coalesce(d.status = ANY(${this.param(s.statuses)}::text[]), false)`]);
    return filters;
  }

  /** The words and the filters that are not facet fields' own. */
  fixedConditions(): string[] {
    const s = this.search;
    const conditions: string[] = [];
    if (this.query) conditions.push(`d.tsv @@ ${this.query}`);
    if (s.municipalityCodes) conditions.push(`d.municipality_codes && ${this.param(s.municipalityCodes)}::text[]`);
    if (s.age !== undefined) {
      const age = this.param(s.age);
      conditions.push(`(d.age_min IS NULL OR d.age_min <= ${age}) AND (d.age_max IS NULL OR d.age_max >= ${age})`);
    }
    if (s.ageRange) conditions.push(...this.ageRange(s.ageRange));
    if (s.near) conditions.push(nearCondition(this, s.near));
    if (s.openAt) conditions.push(openAtCondition(this, s.openAt));
    return conditions;
  }

  /** The age-range filter (issue 17): records whose [age_min, age_max] overlaps it, open ends matching. */
  private ageRange(range: { from?: number; to?: number }): string[] {
    const conditions: string[] = [];
    if (range.to !== undefined) conditions.push(`(d.age_min IS NULL OR d.age_min <= ${this.param(range.to)})`);
    if (range.from !== undefined) conditions.push(`(d.age_max IS NULL OR d.age_max >= ${this.param(range.from)})`);
    return conditions;
  }

  /** Km from `near`'s point to the document's location (NULL without either). */
  distance(): string {
    const near = this.search.near;
    if (!near) return 'NULL::double precision';
    return `vejviser_distance_km(d.latitude, d.longitude, ${this.param(near.latitude)}::float8, ${this.param(near.longitude)}::float8)`;
  }

  /** ORDER BY terms before the score: nearest first when sorting by distance (needs `distance_km` selected). */
  sortFirst(): string {
    return this.search.sortBy === 'DISTANCE' && this.search.near ? 'distance_km ASC NULLS LAST, ' : '';
  }

  /**
   * The score of a hit, for every match (the statement's `m`). The title's share of the words reads
   * `tn`, which titleMatches() joins in once per row, and the title's length `d.title_lexemes`.
   */
  score(): string {
    // Normalisation 1 divides by 1 + log(length): a short title hit beats a long body mention.
    const age = `${this.search.age === undefined ? '' : ` + ${AGE_FIT}`}${this.boost()}`;
    const weight = `${STATUS_WEIGHT}${this.own()}`;
    if (!this.query) return `(1${age}) * ${weight}`;
    const rank = `ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.tsv, ${this.rankingQuery()}, 1)`;
    const text = this.text ? ` + ${textRanking(this.text, 'tn.words', (v) => this.param(v), true)}` : '';
    return `(${rank}${text}${age}) * ${weight}`;
  }

  /**
   * `CROSS JOIN LATERAL … tn`: how many of the words' groups (and of the boost's) the title holds, counted
   * once per row though the score reads each twice (OFFSET 0 keeps the planner from copying the count into
   * every place that reads it); only where `when` holds. '' when the search has no words of its own or boost.
   */
  titleMatches(when = 'true'): string {
    const counts = [
      ...(this.text ? [`CASE WHEN ${when} THEN ${titleMatchCount(this.text, (v) => this.param(v))} END AS words`] : []),
      ...(this.boostText ? [`CASE WHEN ${when} THEN ${titleMatchCount(this.boostText, (v) => this.param(v))} END AS boost`] : []),
    ];
    return counts.length ? `CROSS JOIN LATERAL (SELECT ${counts.join(', ')} OFFSET 0) tn` : '';
  }

  /** The query ts_rank_cd scores by: for a match without the words only synonyms and compounds add, the typed words alone (lean-rank.ts). */
  private rankingQuery(): string {
    const lean = this.text?.lean;
    if (!lean) return this.query!;
    if (!lean.others) return `to_tsquery(${CONFIG}, ${this.param(lean.lean)})`;
    return `CASE WHEN d.tsv @@ to_tsquery(${CONFIG}, ${this.param(lean.others)}) THEN ${this.query}
      ELSE to_tsquery(${CONFIG}, ${this.param(lean.lean)}) END`;
  }

  /** The municipality's own records before the region's and others: a factor, so their order among themselves stays. */
  private own(): string {
    const codes = this.search.boost?.ownMunicipalityCodes ?? [];
    if (!codes.length) return '';
    return ` * CASE WHEN d.sector = 'MUNICIPAL' AND d.municipality_codes && ${this.param(codes)}::text[] THEN ${OWN_FACTOR} ELSE 1 END`;
  }

  /** The terms `search.boost` adds to the score ('' without one): situations, lines that always answer, the situation words. */
  private boost(): string {
    const boost = this.search.boost;
    if (!boost) return '';
    const terms: string[] = [];
    if (boost.situations.length) {
      const fit = boost.situations.map(
        (s) =>
          `CASE WHEN ${this.param(s.key)} = ANY(d.situation_keys) THEN 1
            WHEN d.situation_keys && ${this.param(s.related)}::text[] THEN ${RELATED_SITUATION} ELSE 0 END`,
      );
      terms.push(`${SITUATION_WEIGHT} * (${fit.join(' + ')}) / ${boost.situations.length}`);
      terms.push(`${ALWAYS_OPEN_WEIGHT} * (d.type = 'CONTACT' AND d.always_open)::int`);
    }
    if (this.boostText) {
      const query = `to_tsquery(${CONFIG}, ${this.param(this.boostText.full)})`;
      terms.push(
        `ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.tsv, ${query}, 1) + ${textRanking(this.boostText, 'tn.boost', (v) => this.param(v))}`,
      );
    }
    return terms.map((t) => ` + ${t}`).join('');
  }

  snippet(): string {
    const text = `coalesce(d.subtitle, '') || ' — ' || d.body`;
    // Without words to search, the words read as situations are marked (the chips' words).
    const query = this.query ?? (this.boostText ? `to_tsquery(${CONFIG}, ${this.param(this.boostText.full)})` : null);
    if (!query) return `left(${text}, 200)`;
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    // < and > are hidden from the parser, which would otherwise drop text such as "<b>" from the snippet.
    const hidden = `translate(${text}, '<>', ${this.param(LESS_THAN + GREATER_THAN)})`;
    return `ts_headline(${CONFIG}, ${hidden}, ${query}, ${this.param(options)})`;
  }
}

/**
 * What makes one match better than another beyond ts_rank_cd: each query word (or synonym phrase)
 * found in the title (`inTitle`: titleMatchCount's column), a title that is mostly the query
 * ("Bostøtte (Serviceloven § 85)" before a long title that also mentions it), and matching the words
 * as typed rather than only as compound parts. `matched`: every row already matches `text.full` (the
 * search's own words), so when the words as typed are the whole query (no synonyms or compounds
 * added) they match too, and are not tested again row by row.
 */
function textRanking(text: TextQuery, inTitle: string, param: (value: unknown) => string, matched = false): string {
  const exact = matched && text.strict === text.full ? '1' : `(d.tsv @@ to_tsquery(${CONFIG}, ${param(text.strict)}))::int`;
  return `${TITLE_WEIGHT} * ${inTitle} / ${text.groups.length} + ${COVERAGE_WEIGHT} * least(1, ${inTitle} / greatest(1, d.title_lexemes))
      + ${EXACT_WEIGHT} * ${exact}`;
}

/** How many of the groups the title holds: each group's words with the title's weight (A), asked of the document's vector. */
function titleMatchCount(text: TextQuery, param: (value: unknown) => string): string {
  return `(${text.groups.map((g) => `(d.tsv @@ to_tsquery(${CONFIG}, ${param(titleOnly(g))}))::int`).join(' + ')})::float8`;
}

/** A to_tsquery expression whose words match only in the title (weight A): "angst:*" → "angst:*A". */
export function titleOnly(expression: string): string {
  return expression.replace(/([a-z0-9]+)(:\*)?/g, (_, word: string, prefix: string | undefined) => `${word}:${prefix ? '*' : ''}A`);
}

/**
 * With an age asked for (the filter keeps ranges that include it), records made for that age rank
 * higher, the narrower their range the more: 12–17 before 15–99, and both before no stated age.
 */
const AGE_FIT = `CASE WHEN d.age_min IS NULL AND d.age_max IS NULL THEN 0
  ELSE 1.0 / (1 + (coalesce(d.age_max, 100) - coalesce(d.age_min, 0)) / 20.0) END`;
/** Query understanding (SearchBoost): a situation that fits outweighs a title match; a related one counts a little. */
const SITUATION_WEIGHT = 1.5;
const RELATED_SITUATION = 0.4;
/** The municipality's own records before the region's. */
const OWN_FACTOR = 1.5;
/** A line that always answers (døgnåben), when a situation is asked for: the one to call at 2 a.m. */
const ALWAYS_OPEN_WEIGHT = 1;
const TITLE_WEIGHT = 1;
const COVERAGE_WEIGHT = 0.5;
const EXACT_WEIGHT = 0.3;
