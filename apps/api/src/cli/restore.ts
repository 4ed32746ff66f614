import { parseArgs } from 'node:util';
import { restoreDataDir } from '#core';
import { embeddedDataDirOrStop, runOrStop, stop } from './data-dir-target.js';

/**
 * `npm run restore -- --from vejviser.tar.gz [--force]`: restores a backup from `npm run backup` into
 * DATA_DIR while Vejviser is stopped. A DATA_DIR that already holds a database is replaced only with
 * --force, and is then moved aside, not deleted.
 */
const WHAT = 'Gendannelse mislykkedes';
let args: { from?: string; force?: boolean };
try {
  args = parseArgs({ options: { from: { type: 'string' }, force: { type: 'boolean' } } }).values;
} catch (error) {
  stop(WHAT, (error as Error).message);
}
if (!args.from?.trim()) stop(WHAT, 'angiv sikkerhedskopien med --from, fx npm run restore -- --from vejviser.tar.gz');
const dataDir = embeddedDataDirOrStop(WHAT, 'pg_restore');
await runOrStop(WHAT, async () => {
  const { setAside } = await restoreDataDir(args.from!, dataDir, { force: args.force });
  process.stdout.write(`Databasen er gendannet i ${dataDir} fra ${args.from}.\n`);
  if (setAside) process.stdout.write(`Den tidligere database ligger i ${setAside}; slet den, når du har set, at alt er i orden.\n`);
});
