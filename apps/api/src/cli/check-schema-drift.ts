import 'reflect-metadata';
import { migrate, openAppDatabase } from '../database.js';
import { schemaDrift } from './schema-drift.js';

/**
 * `npm run check:schema-drift`: migrates an empty embedded database and fails when TypeORM would change it
 * to match the entities (beyond the allow-list in schema-drift.ts), printing the SQL it would run.
 */
const database = await openAppDatabase({ kind: 'pglite', dataDir: 'memory://' });
try {
  await migrate(database);
  const drift = await schemaDrift(database);
  if (drift.length) {
    process.stderr.write(`Entiteterne og migreringerne beskriver ikke det samme skema. TypeORM ville køre:\n`);
    for (const sql of drift) process.stderr.write(`  ${sql};\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('Entiteterne og migreringerne beskriver det samme skema.\n');
  }
} finally {
  await database.close();
}
