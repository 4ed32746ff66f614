import type { Settings } from 'meilisearch';

/**
 * Relevance as in the PostgreSQL engine: every word must match (else fewer, see the engine), ended
 * and paused offers sink below active ones, fewer typos and closer words rank higher, a title
 * match beats a body match. `sort` comes first but is only sent to browse without words (status,
 * then title) or to sort by distance (nearest first, then relevance).
 */
export const RANKING_RULES = ['sort', 'words', 'statusRank:desc', 'typo', 'proximity', 'attribute', 'exactness'];

/** The browse order without words, the same as the PostgreSQL engine's (status weight, title, id). */
export const BROWSE_SORT = ['statusRank:desc', 'titleSort:asc', 'id:asc'];

/** PostgreSQL's Danish stop words (Snowball), so the same words are ignored by both engines. */
const DANISH_STOP_WORDS = `og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde
  ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget
  ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis
  din nogle hos blive mange ad bliver hendes været thi jer sådan`
  .split(/\s+/)
  .filter(Boolean);

/** The index settings; `synonyms` comes from the coordinators' synonym groups. */
export function indexSettings(synonyms: Record<string, string[]>): Settings {
  return {
    searchableAttributes: ['title', 'subtitle', 'body'],
    filterableAttributes: [
      'type',
      'organisationId',
      'municipalityCodes',
      'regionKeys',
      'situationKeys',
      'problemKeys',
      'sector',
      'accessRoute',
      'status',
      'ageFrom',
      'ageTo',
      'lastVerifiedAt',
      '_geo',
      'alwaysOpen',
      'openOnHolidays',
      'openSlots',
      'exceptionDates',
      'exceptionOpen',
    ],
    sortableAttributes: ['titleSort', 'id', 'statusRank', 'lastVerifiedAt', '_geo'],
    rankingRules: RANKING_RULES,
    stopWords: DANISH_STOP_WORDS,
    synonyms,
    // Like the PostgreSQL engine: one typo from four letters, two from eight; never in numbers (codes, § numbers).
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnNumbers: true },
    // Every municipality (98) can be a facet value; totals are exact for the whole of Denmark.
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 200_000 },
  };
}
