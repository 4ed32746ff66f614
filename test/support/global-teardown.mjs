import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import pg from 'pg';

export default async function globalTeardown() {
  // The template's folder holds the test databases' copies too: whatever a test file left open goes with it.
  const dir = process.env.VEJVISER_TEST_TEMPLATE_DIR;
  if (dir) await rm(dirname(dir), { recursive: true, force: true });
  const database = process.env.VEJVISER_TEST_TEMPLATE_DB;
  const server = process.env.TEST_DATABASE_URL?.trim();
  if (database && server) {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
}
