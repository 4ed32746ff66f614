// `npm run test:unit`: the fast tier. Every spec of apps/ and libs/ except those that boot every lib
// (createTestContext), the whole app or a server, and the few that work a whole database (HEAVY): pure
// functions, and services on a module of just what they need (createModuleContext) on a copy of the migrated
// template. `npm test` runs these too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import base from './jest.config.js';

const ROOT = import.meta.dirname;
/**
 * initdb in WebAssembly, a gzipped dump of the whole database, TypeORM's diff of every table: seconds of CPU each;
 * pg-boss's own queue, which waits for its workers' polling.
 */
const HEAVY = [
  'libs/core/src/jobs/job-queue.spec.ts',
  'libs/core/src/database/pglite-template.spec.ts',
  'libs/core/src/database/data-dir-backup.spec.ts',
  'apps/api/src/cli/schema-drift.spec.ts',
];
const SLOW = /\b(createTestContext|startTestApp|startServerProcess|launchChromium)\(/;

function specs(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : specs(path);
    return entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const slow = ['apps', 'libs']
  .flatMap(specs)
  .filter((file) => SLOW.test(readFileSync(join(ROOT, file), 'utf8')))
  .map((file) => file.replaceAll('\\', '/'))
  .concat(HEAVY);

export default {
  ...base,
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...slow.map((file) => `<rootDir>/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)],
};
