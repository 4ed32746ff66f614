import { parseArgs } from 'node:util';
import { backupDataDir } from '#core';
import { embeddedDataDirOrStop, runOrStop, stop } from './data-dir-target.js';

/**
 * `npm run backup -- --to vejviser.tar.gz [--force]`: copies the embedded database (DATA_DIR/pglite)
 * to one file; a running server writes the copy itself. --force overwrites an existing file.
 */
const WHAT = 'Sikkerhedskopi mislykkedes';
let args: { to?: string; force?: boolean };
try {
  args = parseArgs({ options: { to: { type: 'string' }, force: { type: 'boolean' } } }).values;
} catch (error) {
  stop(WHAT, (error as Error).message);
}
if (!args.to?.trim()) stop(WHAT, 'angiv filen med --to, fx npm run backup -- --to vejviser.tar.gz');
const dataDir = embeddedDataDirOrStop(WHAT, 'pg_dump -Fc');
await runOrStop(WHAT, async () => {
  const { bytes } = await backupDataDir(dataDir, args.to!, { overwrite: args.force });
  process.stdout.write(`Sikkerhedskopi af ${dataDir} gemt i ${args.to} (${(bytes / 1024 / 1024).toFixed(1)} MB).\n`);
});
