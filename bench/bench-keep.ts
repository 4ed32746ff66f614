import { cpus, loadavg, totalmem } from 'node:os';
import type { DataSource } from 'typeorm';
import { SearchSql, type SearchQuery } from '#search';

/** What a kept benchmark database holds, written once its data and search index are complete. */
export interface KeptDataset {
  offers: number;
  contacts: number;
  documents: number;
}

/** The dataset a kept database already holds, or null (none yet, or an interrupted build). */
export async function keptDataset(dataSource: DataSource): Promise<KeptDataset | null> {
  const [{ exists }]: { exists: boolean }[] = await dataSource.query(`SELECT to_regclass('bench_dataset') IS NOT NULL AS exists`);
  if (!exists) return null;
  const rows: KeptDataset[] = await dataSource.query(`SELECT offers, contacts, documents FROM bench_dataset`);
  return rows[0] ?? null;
}

/** Marks the database as holding this complete dataset, so `--keep` reuses it next time. */
export async function markKept(dataSource: DataSource, kept: KeptDataset): Promise<void> {
  await dataSource.query(`CREATE TABLE IF NOT EXISTS bench_dataset (offers int NOT NULL, contacts int NOT NULL, documents int NOT NULL)`);
  await dataSource.query(`DELETE FROM bench_dataset`);
  await dataSource.query(`INSERT INTO bench_dataset VALUES ($1, $2, $3)`, [kept.offers, kept.contacts, kept.documents]);
}

/** One line on where the numbers come from: the database's version and the machine, with its load now. */
export async function machineLine(dataSource: DataSource): Promise<string> {
  const [{ version, buffers }]: { version: string; buffers: string }[] = await dataSource.query(
    `SELECT version() AS version, current_setting('shared_buffers') AS buffers`,
  );
  const cores = cpus();
  const load = loadavg().map((l) => l.toFixed(1));
  return (
    `Database: ${version.split(',')[0]} (shared_buffers ${buffers}); maskine: ${cores.length} kerner (${cores[0]?.model.trim() ?? 'ukendt'}), ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, belastning (1/5/15 min) ${load.join(' / ')}`
  );
}

/**
 * The plain full-text floor for a search: `websearch_to_tsquery` + `ts_rank` … LIMIT 20 over the same
 * table with the same filters (no synonyms, compounds, facets, count or ranking beyond ts_rank).
 */
export function floorStatement(query: SearchQuery, words: string): { sql: string; params: unknown[] } {
  const sql = new SearchSql({ ...query, text: '', boost: undefined }, null);
  const where = sql.where();
  const q = `websearch_to_tsquery('vejviser_da'::regconfig, vejviser_fold(${sql.param(words)}))`;
  return {
    sql: `SELECT d.id, ts_rank(d.tsv, q) AS rank FROM search_document d, ${q} AS q
          WHERE d.tsv @@ q AND ${where} ORDER BY rank DESC LIMIT 20`,
    params: sql.params,
  };
}
