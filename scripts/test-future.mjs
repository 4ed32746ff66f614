// `npm run test:future`: the PGlite suites with the system clock moved ahead (a year unless an offset
// such as `+730d` is the first argument), to show that no test depends on today's date. The clock is
// moved with libfaketime (Debian's `faketime` package): it moves `new Date()` in Node and `now()` in
// PGlite alike, which runs in the same process. Monotonic time stays real, so timers keep their pace.
// Further arguments go to Jest, e.g. `npm run test:future -- +730d test/coverage`.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const offset = /^[+-]\d+[smhdy]?$/.test(args[0] ?? '') ? args.shift() : '+365d';

const found = spawnSync('faketime', ['-f', '+0d', 'true'], { stdio: 'ignore' });
if (found.error || found.status !== 0) {
  process.stderr.write(
    'test:future kræver faketime (libfaketime), som flytter systemets ur for testene: installér det med `apt-get install faketime` (Debian og Ubuntu).\n',
  );
  process.exit(1);
}

process.stdout.write(`test:future: systemets ur er flyttet ${offset} for testene\n`);
// PGlite only: a PostgreSQL server keeps its own clock, which faketime cannot move.
const { TEST_DATABASE_URL: _server, ...rest } = process.env;
const env = {
  ...rest,
  // Timers, timeouts and Jest's own clock run on monotonic time: keep it real, or waits hang.
  FAKETIME_DONT_FAKE_MONOTONIC: '1',
  // File times stay real, so Jest's cache and the build's timestamps are not disturbed.
  NO_FAKE_STAT: '1',
};
// Suites that reason about no date would only repeat themselves a year ahead: those generated from the schema
// (bad input, CPR everywhere: fixed values, several minutes each), and those about processes, files and addresses
// (start-up, backups, the embedded database's template, the explorer, admin creation, logs and metrics, proxies,
// the edge checks), which start processes or databases of their own and are the slowest of the rest. Every suite with a date, a day or a deadline stays.
const dateless = [
  'test/bad-input',
  'test/cpr-everywhere',
  'test/startup',
  'test/data-dir-backup',
  'test/explorer',
  'test/admin-create',
  'test/observability-process',
  'test/trust-proxy',
  'test/hardening',
  'libs/core/src/database/pglite-template',
  'libs/core/src/database/data-dir-backup',
];
const ignore = ['--testPathIgnorePatterns', ...dateless];
const jest = [process.execPath, '--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...args, ...ignore];
const run = spawnSync('faketime', ['-f', offset, ...jest], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
