import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OfferStatus, TaxonomyKindEnum, TaxonomyService, type Offer, type Organisation } from '#directory';
import { GeographyService } from '#geography';
import { SuggestionKind } from './suggest.types.js';

/** One row of search_suggestion: a name to suggest while typing. */
export interface SuggestionEntry {
  kind: SuggestionKind;
  /** The municipality code, situation key or record id. */
  ref: string;
  label: string;
  /** An offer's organisation's name. */
  detail: string | null;
  /** The organisation a record's row goes with (its own id, or an offer's organisation). */
  organisationId: string | null;
}

/** The order of the kinds among names that match equally well. */
export const SUGGESTION_RANK: Record<SuggestionKind, number> = {
  [SuggestionKind.MUNICIPALITY]: 0,
  [SuggestionKind.SITUATION]: 1,
  [SuggestionKind.ORGANISATION]: 2,
  [SuggestionKind.OFFER]: 3,
};
/** Kinds that name reference data (geography, taxonomy), which changes only by migration. */
const REFERENCE_KINDS = [SuggestionKind.MUNICIPALITY, SuggestionKind.SITUATION];
const RECORD_KINDS = [SuggestionKind.ORGANISATION, SuggestionKind.OFFER];

/**
 * The search lib's read model for search-as-you-type (table search_suggestion, migration
 * 1765350000000): written in the caller's transaction by the indexer on the directory's events, so
 * a rename is suggested the moment it commits, and rebuilt whole with the index. Municipalities and
 * situations come from GeographyService and TaxonomyService; they change only by migration, so they
 * are brought in step at start-up (rows are written only when they differ).
 * It lives in PostgreSQL whatever the engine: with Meilisearch the PostgreSQL index is kept as well,
 * and suggestions keep working when Meilisearch is down.
 */
@Injectable()
export class SuggestionIndex implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Search');
  /** Municipalities and situations, read once (reference data). */
  private referenceEntries: Promise<SuggestionEntry[]> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
  ) {}

  // Read up front: a first read inside a transaction would wait for the only PGlite connection.
  async onModuleInit(): Promise<void> {
    await this.reference();
  }

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.dataSource.transaction((manager) => this.syncReference(manager));
    if (changed) this.logger.log(`Forslag opdateret: ${changed} kommuner og situationer.`);
  }

  /** The rows of these organisations and offers (`organisations` names the offers' organisations); ended offers leave. */
  async index(
    manager: EntityManager,
    records: { organisations: Organisation[]; offers: Offer[] },
    organisations: Organisation[],
  ): Promise<void> {
    const names = new Map([...organisations, ...records.organisations].map((o) => [o.id, o.name]));
    const live = records.offers.filter((o) => o.status !== OfferStatus.ENDED && names.has(o.organisationId));
    const liveIds = new Set(live.map((o) => o.id));
    const ended = records.offers.filter((o) => !liveIds.has(o.id)).map((o) => o.id);
    await this.upsert(manager, [
      ...records.organisations.map(organisationEntry),
      ...live.map((o) => offerEntry(o, names.get(o.organisationId)!)),
    ]);
    if (ended.length) await manager.query(`DELETE FROM search_suggestion WHERE kind = 'OFFER' AND ref = ANY($1::text[])`, [ended]);
  }

  /** Removes the rows of deleted records (an organisation's offers with it). */
  async remove(manager: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await manager.query(
      `DELETE FROM search_suggestion WHERE kind = ANY($1::text[]) AND (ref = ANY($2::text[]) OR organisation_id = ANY($2::uuid[]))`,
      [RECORD_KINDS, ids],
    );
  }

  /** Replaces every row (a full reindex): the reference data and these records. Returns the number of rows. */
  async rebuild(manager: EntityManager, records: { organisations: Organisation[]; offers: Offer[] }): Promise<number> {
    await manager.query(`DELETE FROM search_suggestion`);
    const entries = [...(await this.reference()), ...records.organisations.map(organisationEntry)];
    const names = new Map(records.organisations.map((o) => [o.id, o.name]));
    for (const offer of records.offers) {
      const organisation = names.get(offer.organisationId);
      if (offer.status !== OfferStatus.ENDED && organisation !== undefined) entries.push(offerEntry(offer, organisation));
    }
    await this.upsert(manager, entries);
    return entries.length;
  }

  /** Brings the municipalities' and situations' rows in step; returns how many rows it wrote or removed. */
  async syncReference(manager: EntityManager): Promise<number> {
    const wanted = await this.reference();
    const rows: { kind: SuggestionKind; ref: string; label: string }[] = await manager.query(
      `SELECT kind, ref, label FROM search_suggestion WHERE kind = ANY($1::text[])`,
      [REFERENCE_KINDS],
    );
    const have = new Map(rows.map((r) => [`${r.kind}:${r.ref}`, r.label]));
    const wantedKeys = new Set(wanted.map((e) => `${e.kind}:${e.ref}`));
    const changed = wanted.filter((e) => have.get(`${e.kind}:${e.ref}`) !== e.label);
    const gone = rows.filter((r) => !wantedKeys.has(`${r.kind}:${r.ref}`));
    await this.upsert(manager, changed);
    for (const row of gone) await manager.query(`DELETE FROM search_suggestion WHERE kind = $1 AND ref = $2`, [row.kind, row.ref]);
    return changed.length + gone.length;
  }

  private reference(): Promise<SuggestionEntry[]> {
    this.referenceEntries ??= (async () => {
      const municipalities = await this.geography.listMunicipalities();
      const situations = await this.taxonomy.list(TaxonomyKindEnum.SITUATION);
      return [
        ...municipalities.map((m) => entry(SuggestionKind.MUNICIPALITY, m.code, m.name)),
        ...situations.map((t) => entry(SuggestionKind.SITUATION, t.key, t.label)),
      ];
    })();
    return this.referenceEntries;
  }

  /** Inserts or updates rows; a row that is already as given is not written again. */
  private async upsert(manager: EntityManager, entries: SuggestionEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) {
      const batch = entries.slice(i, i + 500);
      await manager.query(
        `INSERT INTO search_suggestion (kind, ref, rank, label, detail, organisation_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::text[], $6::uuid[])
         ON CONFLICT (kind, ref) DO UPDATE SET rank = excluded.rank, label = excluded.label, detail = excluded.detail,
           organisation_id = excluded.organisation_id
         WHERE (search_suggestion.label, search_suggestion.detail, search_suggestion.organisation_id, search_suggestion.rank)
           IS DISTINCT FROM (excluded.label, excluded.detail, excluded.organisation_id, excluded.rank)`,
        [
          batch.map((e) => e.kind),
          batch.map((e) => e.ref),
          batch.map((e) => SUGGESTION_RANK[e.kind]),
          batch.map((e) => e.label),
          batch.map((e) => e.detail),
          batch.map((e) => e.organisationId),
        ],
      );
    }
  }
}

function entry(
  kind: SuggestionKind,
  ref: string,
  label: string,
  detail: string | null = null,
  organisationId: string | null = null,
): SuggestionEntry {
  return { kind, ref, label, detail, organisationId };
}

function organisationEntry(organisation: Organisation): SuggestionEntry {
  return entry(SuggestionKind.ORGANISATION, organisation.id, organisation.name, null, organisation.id);
}

function offerEntry(offer: Offer, organisation: string): SuggestionEntry {
  return entry(SuggestionKind.OFFER, offer.id, offer.name, organisation, offer.organisationId);
}
