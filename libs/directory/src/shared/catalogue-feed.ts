import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';

/** One page of a feed: the rows and how many match in all. */
export interface FeedPage<T> {
  items: T[];
  total: number;
}

/** Filters of a feed of offers (all optional); `offset`/`limit` pick the page. */
export interface OfferFeedQuery {
  search?: string | null;
  organisationId?: string | null;
  /** Taxonomy keys (situations or problem tags); an offer matches one of them or a descendant. */
  termKeys?: string[] | null;
  modifiedAfter?: Date | null;
  offset: number;
  limit: number;
}

export interface OrganisationFeedQuery {
  search?: string | null;
  modifiedAfter?: Date | null;
  offset: number;
  limit: number;
}

/** Where an offer is given: at its street address, or in a municipality it covers. */
export interface OfferPlace {
  offerId: string;
  /** `address` or a municipality code. */
  place: string;
}

/**
 * The public catalogue read page by page with offsets, for exports and feeds in other formats (HSDS):
 * records as stored, filtered by text, organisation, taxonomy and modification time. What a reader may
 * see of a record (PUBLIC channels only) is the reader's to apply.
 */
@Injectable()
export class CatalogueFeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async offers(query: OfferFeedQuery): Promise<FeedPage<Offer>> {
    const { where, params } = await this.offerWhere(query);
    const rows: { id: string; total: string }[] = await this.dataSource.query(
      `SELECT o.id, count(*) OVER () AS total FROM offer o JOIN organisation org ON org.id = o.organisation_id
       WHERE ${where} ORDER BY o.name, o.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, query.offset, query.limit],
    );
    const items = await this.offersByIds(rows.map((r) => r.id));
    return { items, total: rows.length ? Number(rows[0].total) : await this.countOffers(where, params, query.offset) };
  }

  /** Offer × place pairs (its address, then each municipality it covers, or its organisation's), in a stable order. */
  async offerPlaces(query: OfferFeedQuery): Promise<FeedPage<OfferPlace>> {
    const { where, params } = await this.offerWhere(query);
    const places = `WITH p AS (
        SELECT o.id AS offer_id, o.name, 'address' AS place FROM offer o JOIN organisation org ON org.id = o.organisation_id
        WHERE o.address IS NOT NULL AND ${where}
        UNION ALL
        SELECT o.id, o.name, code FROM offer o JOIN organisation org ON org.id = o.organisation_id,
          unnest(CASE WHEN cardinality(o.municipality_codes) > 0 THEN o.municipality_codes
                      WHEN org.municipality_code IS NOT NULL THEN ARRAY[org.municipality_code] ELSE '{}'::text[] END) AS code
        WHERE ${where})`;
    const rows: { offer_id: string; place: string; total: string }[] = await this.dataSource.query(
      `${places} SELECT offer_id, place, count(*) OVER () AS total FROM p ORDER BY name, offer_id, place = 'address' DESC, place
       OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, query.offset, query.limit],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [{ count }]: { count: string }[] = await this.dataSource.query(`${places} SELECT count(*) AS count FROM p`, params);
      total = Number(count);
    }
    return { items: rows.map((r) => ({ offerId: r.offer_id, place: r.place })), total };
  }

  async organisations(query: OrganisationFeedQuery): Promise<FeedPage<Organisation>> {
    const params: unknown[] = [];
    const where = ['true'];
    if (query.search) {
      params.push(likePattern(query.search));
      where.push(`(org.name ILIKE $${params.length} OR org.description ILIKE $${params.length})`);
    }
    if (query.modifiedAfter) {
      // Its contacts are part of an organisation's record: a changed contact changes the organisation.
      params.push(query.modifiedAfter);
      const p = `$${params.length}`;
      where.push(`(org.updated_at >= ${p} OR EXISTS (SELECT 1 FROM contact c WHERE c.organisation_id = org.id AND c.updated_at >= ${p}))`);
    }
    const sql = where.join(' AND ');
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT org.id FROM organisation org WHERE ${sql} ORDER BY org.name, org.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, query.offset, query.limit],
    );
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM organisation org WHERE ${sql}`,
      params,
    );
    return { items: await this.organisationsByIds(rows.map((r) => r.id)), total: Number(count) };
  }

  /** Offers by id, in the order of `ids` (unknown ids left out). */
  async offersByIds(ids: string[]): Promise<Offer[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.getRepository(Offer).findBy({ id: In(ids) });
    return inOrder(ids, rows);
  }

  async organisationsByIds(ids: string[]): Promise<Organisation[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.getRepository(Organisation).findBy({ id: In([...new Set(ids)]) });
    return inOrder([...new Set(ids)], rows);
  }

  /** Current contacts (people who left excluded) of `organisationIds`, by name. */
  contactsOf(organisationIds: string[]): Promise<Contact[]> {
    if (!organisationIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Contact)
      .find({ where: { organisationId: In(organisationIds), leftAt: IsNull() }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Ids of offers per organisation, by name. */
  async offerIdsOf(organisationIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(organisationIds.map((id) => [id, []]));
    if (!organisationIds.length) return result;
    const rows: { id: string; organisation_id: string }[] = await this.dataSource.query(
      `SELECT id, organisation_id FROM offer WHERE organisation_id = ANY($1) ORDER BY name, id`,
      [organisationIds],
    );
    for (const row of rows) result.get(row.organisation_id)?.push(row.id);
    return result;
  }

  private async offerWhere(query: OfferFeedQuery): Promise<{ where: string; params: unknown[] }> {
    const params: unknown[] = [];
    const where = ['true'];
    if (query.search) {
      params.push(likePattern(query.search));
      const p = `$${params.length}`;
      where.push(`(o.name ILIKE ${p} OR o.description ILIKE ${p} OR o.help_text ILIKE ${p} OR org.name ILIKE ${p})`);
    }
    if (query.organisationId) {
      params.push(query.organisationId);
      where.push(`o.organisation_id = $${params.length}`);
    }
    if (query.termKeys) {
      params.push(await this.taxonomy.withDescendants(query.termKeys));
      where.push(`(o.situation_keys && $${params.length}::text[] OR o.problem_keys && $${params.length}::text[])`);
    }
    if (query.modifiedAfter) {
      params.push(query.modifiedAfter);
      where.push(`o.updated_at >= $${params.length}`);
    }
    return { where: where.join(' AND '), params };
  }

  private async countOffers(where: string, params: unknown[], offset: number): Promise<number> {
    if (offset === 0) return 0;
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM offer o JOIN organisation org ON org.id = o.organisation_id WHERE ${where}`,
      params,
    );
    return Number(count);
  }
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}
