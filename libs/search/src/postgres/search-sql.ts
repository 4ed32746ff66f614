import type { SearchQuery } from '../search-engine.port.js';
import { GREATER_THAN, LESS_THAN, MARK_END, MARK_START } from './query-text.js';

const CONFIG = `'vejviser_da'::regconfig`;
/** Ended offers sink to the bottom; they stay findable so nobody wonders where they went. */
const STATUS_WEIGHT = `CASE d.status WHEN 'ENDED' THEN 0.2 WHEN 'PAUSED' THEN 0.6 ELSE 1 END`;

/** The WHERE clause, score and snippet of one search over `search_document d`, with numbered parameters. */
export class SearchSql {
  readonly params: unknown[] = [];
  private readonly query: string | null;

  constructor(
    private readonly search: SearchQuery,
    tsQuery: string | null,
  ) {
    this.query = tsQuery === null ? null : `to_tsquery(${CONFIG}, ${this.param(tsQuery)})`;
  }

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  where(): string {
    const s = this.search;
    const conditions: string[] = [];
    if (this.query) conditions.push(`d.tsv @@ ${this.query}`);
    if (s.types?.length) conditions.push(`d.type = ANY(${this.param(s.types)}::text[])`);
    if (s.municipalityCodes) conditions.push(`d.municipality_codes && ${this.param(s.municipalityCodes)}::text[]`);
    if (s.situationKeys?.length) conditions.push(`d.situation_keys && ${this.param(s.situationKeys)}::text[]`);
    if (s.problemKeys?.length) conditions.push(`d.problem_keys && ${this.param(s.problemKeys)}::text[]`);
    if (s.sectors?.length) conditions.push(`d.sector = ANY(${this.param(s.sectors)}::text[])`);
    if (s.accessRoutes?.length) conditions.push(`d.access_route = ANY(${this.param(s.accessRoutes)}::text[])`);
    if (s.statuses?.length) conditions.push(`d.status = ANY(${this.param(s.statuses)}::text[])`);
    if (s.age !== undefined) {
      const age = this.param(s.age);
      conditions.push(`(d.age_min IS NULL OR d.age_min <= ${age}) AND (d.age_max IS NULL OR d.age_max >= ${age})`);
    }
    return conditions.length ? conditions.join(' AND ') : 'true';
  }

  score(): string {
    // Normalisation 1 divides by 1 + log(length): a short title hit beats a long body mention.
    return this.query ? `ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.tsv, ${this.query}, 1) * ${STATUS_WEIGHT}` : STATUS_WEIGHT;
  }

  snippet(): string {
    const text = `coalesce(d.subtitle, '') || ' — ' || d.body`;
    if (!this.query) return `left(${text}, 200)`;
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    // < and > are hidden from the parser, which would otherwise drop text such as "<b>" from the snippet.
    const hidden = `translate(${text}, '<>', ${this.param(LESS_THAN + GREATER_THAN)})`;
    return `ts_headline(${CONFIG}, ${hidden}, ${this.query}, ${this.param(options)})`;
  }
}
