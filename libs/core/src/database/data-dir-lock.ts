import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PGlite is one process's database: a second process on the same folder would corrupt it. */
export class DataDirInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock file (stale locks of dead processes are taken over); returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'vejviser.lock');
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new DataDirInUseError(`databasen i ${dataDir} er i brug af en anden proces (pid ${holder}); stop den først`);
      }
      rmSync(file, { force: true });
    }
  }
}
