// `npm run test:pg`: the database suites against a real PostgreSQL server (a database per test file,
// cloned from a migrated template). TEST_DATABASE_URL must name a server where the user may create databases.
import { spawnSync } from 'node:child_process';
import jestConfig from '../jest.config.js';

const url = process.env.TEST_DATABASE_URL?.trim();
if (!url) {
  process.stderr.write('TEST_DATABASE_URL mangler, fx TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run test:pg\n');
  process.exit(1);
}
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status ?? 1;
// The suites that spawn server processes run them on embedded PGlite by design: not repeated here.
const jest = [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  // Patterns given on the command line come first: after the flag they would count as ignored.
  ...process.argv.slice(2),
  // Suites that need a PostgreSQL server (`*.pg-spec.ts`, e.g. pg_dump/pg_restore) run here only, not in `npm test`.
  '--testMatch',
  ...jestConfig.testMatch,
  '<rootDir>/test/**/*.pg-spec.ts',
  '--testPathIgnorePatterns',
  'startup',
  'mail-crash',
  'admin-create',
  'data-dir-backup', // PGlite's own backup (the e2e suite and the core spec): the PostgreSQL one is pg-dump-restore
];
process.exit(run(jest));
