import type { Database } from '#core';
import { createTestDatabase } from '#testing';
import { schemaDrift } from './schema-drift.js';

describe('schemaDrift', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.close());

  it('finds none between the entities and the migrated schema', async () => {
    expect(await schemaDrift(db)).toEqual([]);
  });

  it('reports what the allow-list does not cover: a column, its nullability and a plain index', async () => {
    await db.dataSource.query(`ALTER TABLE network_party DROP COLUMN created_at`);
    await db.dataSource.query(`ALTER TABLE offer ALTER COLUMN waiting_time SET NOT NULL`);
    await db.dataSource.query(`DROP INDEX unit_parent_idx`);
    const drift = (await schemaDrift(db)).join('\n');
    expect(drift).toMatch(/ALTER TABLE "network_party" ADD "created_at"/);
    expect(drift).toMatch(/ALTER TABLE "offer" ALTER COLUMN "waiting_time" DROP NOT NULL/);
    expect(drift).toMatch(/CREATE INDEX "unit_parent_idx"/);
  });
});
