import type { DataSource, EntityManager } from 'typeorm';
import type { ColumnMapping } from './columns.js';
import type { RecordKind } from './sheet-rows.js';

/** The import's own tables: saved column mappings, the key each imported row was matched by, and applied runs. */
export class ImportStore {
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

  async link(manager: EntityManager, organisationId: string, kind: RecordKind, key: string, recordId: string): Promise<void> {
    await manager.query(
      `INSERT INTO import_link (organisation_id, record_type, match_key, record_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, record_type, match_key) DO UPDATE SET record_id = EXCLUDED.record_id`,
      [organisationId, kind, key, recordId],
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
