import { Inject, Injectable } from '@nestjs/common';
import { BadInputError, decodeCursor, encodeCursor, pageSize, type RequestContext } from '#core';
import { Contact, TaxonomyKindEnum, TaxonomyService, checkAgeRange, loadRecords, openingStatusAt } from '#directory';
import { GeographyService } from '#geography';
import { DataSource } from 'typeorm';
import { understandQuery, type UnderstoodQuery } from './query/query-understanding.js';
import { SEARCH_ENGINE, type SearchBoost, type SearchEngine, type SearchQuery } from './search-engine.port.js';
import { FACET_LABELS } from './search-labels.js';
import { placeTimeQuery } from './place-time.query.js';
import {
  QueryPart,
  type Facet,
  type QueryUnderstanding,
  type SearchConnection,
  type SearchEdge,
  type SearchInput,
} from './search.types.js';

export const SEARCH_DEFAULT_PAGE = 10;
export const SEARCH_MAX_PAGE = 50;

@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly geography: GeographyService,
    private readonly taxonomy: TaxonomyService,
    private readonly dataSource: DataSource,
  ) {}

  async search(ctx: RequestContext, input: SearchInput): Promise<SearchConnection> {
    const { query, understood } = await this.prepare(input);
    const result = await this.engine.search(query);
    if (result.fallback) ctx.note('search', { engine: result.fallback.engine, fallback: true, reason: result.fallback.reason });
    // The page's records and their organisations in one statement, handed to the request's loaders.
    const loaded = await loadRecords(ctx, this.dataSource, result.hits);
    ctx.holdsUntil(result.changesAt);
    const edges: SearchEdge[] = [];
    const now = new Date();
    result.hits.forEach((hit, i) => {
      const node = loaded[i];
      if (node)
        edges.push({
          cursor: encodeCursor(query.offset + i),
          node,
          type: hit.type as SearchEdge['type'],
          snippet: hit.snippet,
          score: hit.score,
          distanceKm: hit.distanceKm ?? null,
          stale: hit.stale ?? false,
          replaces: node instanceof Contact ? node.formerNames : [],
          openingStatus: openingStatusAt(ctx, 'openingHours' in node ? node.openingHours : null, input.openAt, now),
        });
    });
    return {
      totalCount: result.total,
      edges,
      pageInfo: {
        hasNextPage: query.offset + result.hits.length < result.total,
        hasPreviousPage: query.offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      facets: await this.labelFacets(ctx, result.facets),
      correctedQuery: result.correctedQuery,
      understood: await this.describe(ctx, understood),
    };
  }

  /** The engine query for `input`: checked, with municipality, age and situations understood from the words. */
  async toQuery(input: SearchInput): Promise<SearchQuery> {
    return (await this.prepare(input)).query;
  }

  private async prepare(input: SearchInput): Promise<{ query: SearchQuery; understood: UnderstoodQuery }> {
    const text = (input.query ?? '').trim();
    if (text.length > 200) throw new BadInputError('Søgningen må højst være 200 tegn.');
    const first = pageSize(input.first, SEARCH_MAX_PAGE, SEARCH_DEFAULT_PAGE);
    const after = input.after ? decodeCursor(input.after) : -1;
    if (after === null) throw new BadInputError('Ugyldig cursor i "after".');
    if (input.age != null && (input.age < 0 || input.age > 120)) throw new BadInputError('Alder skal være mellem 0 og 120.');
    const ageRange = checkAgeRange(input.ageFrom, input.ageTo);
    const codes = input.municipalityCodes ?? [];
    const unknown = await this.geography.unknownMunicipalityCodes(codes);
    if (unknown.length)
      throw new BadInputError(`Ukendt kommunekode: ${unknown.map((c) => `"${c}"`).join(', ')}. Brug fire cifre, fx "0217".`);
    const regions = input.regions?.length ? await this.geography.regionKeysFor(input.regions) : [];
    if (input.regions?.length && regions.length < input.regions.length)
      throw new BadInputError('Ukendt region. Brug fx "hovedstaden" eller "1084".');
    // "angst unge Herning", "17-årig": a municipality or an age in the words becomes a filter, unless given as one;
    // "udskrivning BUP": situations become boosts.
    const literal = new Set(input.literal ?? []);
    const placed = codes.length > 0 || (input.regions?.length ?? 0) > 0;
    const understood = understandQuery(text, {
      municipalities: !placed && !literal.has(QueryPart.MUNICIPALITY),
      age: input.age == null && !ageRange && !literal.has(QueryPart.AGE),
      situations: !literal.has(QueryPart.SITUATION),
      filtered: placed || input.age != null || ageRange !== undefined,
    });
    const situationKeys = input.situations?.length
      ? await this.taxonomy.filterKeys(input.situations, TaxonomyKindEnum.SITUATION)
      : undefined;
    // A situation already given as a filter is not a boost as well.
    const boosted = understood.situationKeys.filter((key) => !input.situations?.includes(key));
    understood.situationKeys = boosted;
    const ownCodes = codes.length ? codes : understood.municipalityCodes;

    const query: SearchQuery = {
      text: understood.text,
      types: input.types ?? undefined,
      municipalityCodes:
        codes.length || regions.length
          ? [...codes, ...(await this.geography.municipalityCodesInRegions(regions))]
          : understood.municipalityCodes.length
            ? understood.municipalityCodes
            : undefined,
      situationKeys,
      problemKeys: input.problemTags?.length ? await this.taxonomy.filterKeys(input.problemTags, TaxonomyKindEnum.PROBLEM) : undefined,
      sectors: input.sectors ?? undefined,
      accessRoutes: input.accessRoutes ?? undefined,
      statuses: input.statuses ?? undefined,
      age: input.age ?? understood.age ?? undefined,
      ageRange,
      ...placeTimeQuery(input),
      boost: await this.boost(boosted, ownCodes, understood.situationText),
      offset: after + 1,
      limit: first,
    };
    return { query, understood };
  }

  /** Ranking from what was understood: the situations with their broader and narrower ones, the municipality's own records. */
  private async boost(situationKeys: string[], ownMunicipalityCodes: string[], text: string): Promise<SearchBoost | undefined> {
    if (!situationKeys.length && !ownMunicipalityCodes.length) return undefined;
    const terms = await this.taxonomy.findMany(situationKeys);
    const situations = await Promise.all(
      situationKeys.map(async (key) => {
        const term = terms.find((t) => t.key === key);
        const children = (await this.taxonomy.children(key)).map((c) => c.key);
        return { key, related: [...(term?.parentKey ? [term.parentKey] : []), ...children] };
      }),
    );
    return { situations, ownMunicipalityCodes, text: situationKeys.length ? text : '' };
  }

  /** The understood parts with their Danish names, for chips. */
  private async describe(ctx: RequestContext, understood: UnderstoodQuery): Promise<QueryUnderstanding> {
    const municipalities = await Promise.all(
      understood.municipalityCodes.map(async (code) => ({ code, name: (await this.geography.findMunicipality(ctx, code))?.name ?? code })),
    );
    const terms = await this.taxonomy.findMany(understood.situationKeys);
    return {
      text: understood.text,
      municipalities,
      age: understood.age,
      situations: understood.situationKeys.map((key) => ({ key, label: terms.find((t) => t.key === key)?.label ?? key })),
    };
  }

  private async labelFacets(
    ctx: RequestContext,
    facets: { field: string; values: { value: string; count: number }[] }[],
  ): Promise<Facet[]> {
    return Promise.all(
      facets.map(async ({ field, values }) => ({
        field,
        values: await Promise.all(values.map(async (v) => ({ ...v, label: await this.label(ctx, field, v.value) }))),
      })),
    );
  }

  private async label(ctx: RequestContext, field: string, value: string): Promise<string> {
    if (field === 'municipality') return (await this.geography.findMunicipality(ctx, value))?.name ?? value;
    if (field === 'situation' || field === 'problemTag') return (await this.taxonomy.find(value))?.label ?? value;
    return FACET_LABELS[field]?.[value] ?? value;
  }

  async health(): Promise<{ engine: string; ok: boolean; detail?: string; degraded?: boolean }> {
    return { engine: this.engine.name, ...(await this.engine.health()) };
  }
}
