import type { Database } from '#core';

/** What the database holds beyond the entities, read from its catalogue, so the allow-list judges objects, not names. */
interface Catalogue {
  foreignKeys: Set<string>;
  checks: Set<string>;
  /** Index name → its definition as PostgreSQL prints it. */
  indexes: Map<string, string>;
  /** "table.column" of every generated (STORED) column. */
  generatedColumns: Set<string>;
  /** "table.column" → its default as PostgreSQL prints it. */
  defaults: Map<string, string>;
}

/**
 * The allow-list: SQL TypeORM would run that is no drift, because the migrations say something the entities
 * cannot (or, by the project's choice, do not) say. Everything else TypeORM wants to run is drift.
 * Not compared at all, so not listed: tables without an entity (search_*, verification_*, sign_in_failure,
 * rate_limit_counter, account_token …, all reached with raw SQL), SQL functions such as the `unaccent` wrapper
 * `vejviser_unaccent` and `vejviser_suggest_text`, text-search configurations, and pg-boss's own schema.
 */
const ALLOWED: { why: string; allows(statement: string, catalogue: Catalogue): boolean }[] = [
  {
    // Entities keep plain id columns and no relation objects (loaders fetch related rows), so TypeORM cannot know the keys.
    why: 'foreign keys live in the migrations',
    allows: (sql, c) => c.foreignKeys.has(droppedConstraint(sql) ?? ''),
  },
  {
    // TypeORM compares CHECK constraints by name only, never by expression: declaring them again would copy SQL unchecked.
    why: 'CHECK constraints live in the migrations',
    allows: (sql, c) => c.checks.has(droppedConstraint(sql) ?? ''),
  },
  {
    // @Index cannot say GIN (arrays, trigrams), an expression such as lower(name) or coalesce(…), DESC order, or a WHERE.
    why: 'GIN, expression, descending and partial indexes',
    allows: (sql, c) => {
      const definition = c.indexes.get(/^DROP INDEX "public"\."([^"]+)"$/.exec(sql)?.[1] ?? '');
      return definition !== undefined && /USING gin| DESC| WHERE |\((?:[^()]*,\s*)?\w+\(/.test(definition);
    },
  },
  {
    // Generated columns (suggest_text, tsvector) are read only by raw SQL, so no entity maps them.
    why: 'generated columns',
    allows: (sql, c) => {
      const [, table, column] = /^ALTER TABLE "(\w+)" DROP COLUMN "(\w+)"$/.exec(sql) ?? [];
      return c.generatedColumns.has(`${table}.${column}`);
    },
  },
  {
    // TypeORM rewrites a default of CURRENT_DATE as ('now'::text)::date, which PostgreSQL 16 and later print as CURRENT_DATE.
    why: 'CURRENT_DATE defaults',
    allows: (sql, c) => {
      const [, table, column] = /^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT \('now'::text\)::date$/.exec(sql) ?? [];
      return c.defaults.get(`${table}.${column}`) === 'CURRENT_DATE';
    },
  },
  {
    // TypeORM forgets its own record of a generated column (typeorm_metadata) when it drops one; see above.
    why: "TypeORM's bookkeeping of generated columns",
    allows: (sql) => sql.startsWith(`DELETE FROM "typeorm_metadata" WHERE "type" = $1`),
  },
];

function droppedConstraint(sql: string): string | undefined {
  return /^ALTER TABLE "\w+" DROP CONSTRAINT "([^"]+)"$/.exec(sql)?.[1];
}

async function readCatalogue(database: Database): Promise<Catalogue> {
  const query = database.dataSource.query.bind(database.dataSource);
  const constraints: { name: string; type: string }[] = await query(
    `SELECT conname AS name, contype AS type FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
  );
  const indexes: { name: string; definition: string }[] = await query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public'`,
  );
  const columns: { name: string; generated: string; default: string | null }[] = await query(
    `SELECT table_name || '.' || column_name AS name, is_generated AS generated, column_default AS default
       FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  return {
    foreignKeys: new Set(constraints.filter((c) => c.type === 'f').map((c) => c.name)),
    checks: new Set(constraints.filter((c) => c.type === 'c').map((c) => c.name)),
    indexes: new Map(indexes.map((i) => [i.name, i.definition])),
    generatedColumns: new Set(columns.filter((c) => c.generated === 'ALWAYS').map((c) => c.name)),
    defaults: new Map(columns.flatMap((c) => (c.default === null ? [] : [[c.name, c.default] as const]))),
  };
}

/**
 * The SQL TypeORM would run to make a freshly migrated database match the entities, minus the allow-list:
 * empty when the entities and the migrations describe the same schema. Leaves a `typeorm_metadata` table
 * behind (TypeORM reads it for generated columns; the hand-written migrations never create it), so run it on
 * a scratch database.
 */
export async function schemaDrift(database: Database): Promise<string[]> {
  const { dataSource } = database;
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`,
  );
  const catalogue = await readCatalogue(database);
  const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
  return upQueries.map((q) => q.query.trim()).filter((sql) => !ALLOWED.some((rule) => rule.allows(sql, catalogue)));
}
