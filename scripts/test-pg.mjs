// `npm run test:pg`: the database suites against a real PostgreSQL server (a database per test file,
// cloned from a migrated template). TEST_DATABASE_URL must name a server where the user may create databases.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL?.trim();
if (!url) {
  process.stderr.write('TEST_DATABASE_URL mangler, fx TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run test:pg\n');
  process.exit(1);
}
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status ?? 1;
// The suites that spawn server processes run them on embedded PGlite by design: not repeated here.
// Suites that need a server (`test/**/*.pg-spec.ts`) join through jest.config.js when TEST_DATABASE_URL is set.
const jest = [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  // Patterns given on the command line come first: after the flag they would count as ignored.
  ...process.argv.slice(2),
  '--testPathIgnorePatterns',
  'startup',
  'mail-crash',
  'admin-create',
  'observability-process',
  'data-dir-backup', // PGlite's own backup (the e2e suite and the core spec): the PostgreSQL one is pg-dump-restore
];
process.exit(run(jest));
