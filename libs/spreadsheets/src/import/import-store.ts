import type { DataSource, EntityManager } from 'typeorm';
import { batchUntilCommit } from '#core';
import type { ColumnMapping } from './columns.js';
import type { RecordKind } from './sheet-rows.js';

/** The import's own tables: saved column mappings, the key each imported row was matched by, and applied runs. */
interface Link {
  organisationId: string;
  kind: RecordKind;
  key: string;
  recordId: string;
}

export class ImportStore {
  /** The links of an import's shared transaction, by organisation, type and key. */
  private readonly batched = new WeakMap<EntityManager, Map<string, Link>>();

  constructor(private readonly dataSource: DataSource) {}

  async mapping(organisationId: string): Promise<ColumnMapping | null> {
    const [row]: { mapping: ColumnMapping }[] = await this.dataSource.query(
      `SELECT mapping FROM import_mapping WHERE organisation_id = $1`,
      [organisationId],
    );
    return row?.mapping ?? null;
  }

  async saveMapping(manager: EntityManager, organisationId: string, mapping: ColumnMapping): Promise<void> {
    await manager.query(
      `INSERT INTO import_mapping (organisation_id, mapping) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
      [organisationId, JSON.stringify(mapping)],
    );
  }

  /** Match key → record id, of one organisation's earlier imports. */
  async links(organisationId: string): Promise<Map<string, string>> {
    const rows: { record_type: string; match_key: string; record_id: string }[] = await this.dataSource.query(
      `SELECT record_type, match_key, record_id FROM import_link WHERE organisation_id = $1`,
      [organisationId],
    );
    return new Map(rows.map((r) => [`${r.record_type}|${r.match_key}`, r.record_id]));
  }

  /** Remembers what a row's key was imported as; in an import's shared transaction, all of them in one statement before it commits. */
  async link(manager: EntityManager, organisationId: string, kind: RecordKind, key: string, recordId: string): Promise<void> {
    const batch = batchUntilCommit(manager, 'import_link', () => this.flushLinks(manager));
    if (!batch) return this.insertLinks(manager, [{ organisationId, kind, key, recordId }]);
    const links = this.batched.get(batch) ?? new Map<string, Link>();
    links.set(`${organisationId}|${kind}|${key}`, { organisationId, kind, key, recordId });
    this.batched.set(batch, links);
  }

  private async flushLinks(manager: EntityManager): Promise<void> {
    const links = [...(this.batched.get(manager)?.values() ?? [])];
    this.batched.delete(manager);
    for (let i = 0; i < links.length; i += 1000) await this.insertLinks(manager, links.slice(i, i + 1000));
  }

  private async insertLinks(manager: EntityManager, links: Link[]): Promise<void> {
    await manager.query(
      `INSERT INTO import_link (organisation_id, record_type, match_key, record_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[])
       ON CONFLICT (organisation_id, record_type, match_key) DO UPDATE SET record_id = EXCLUDED.record_id`,
      [links.map((l) => l.organisationId), links.map((l) => l.kind), links.map((l) => l.key), links.map((l) => l.recordId)],
    );
  }

  async unlinkRecord(manager: EntityManager, recordId: string): Promise<void> {
    await manager.query(`DELETE FROM import_link WHERE record_id = $1`, [recordId]);
  }

  async recordRun(
    manager: EntityManager,
    run: {
      id: string;
      organisationId: string;
      accountId: string | null;
      fileName: string | null;
      created: number;
      updated: number;
      unchanged: number;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO import_run (id, organisation_id, account_id, file_name, created, updated, unchanged) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [run.id, run.organisationId, run.accountId, run.fileName, run.created, run.updated, run.unchanged],
    );
  }
}
