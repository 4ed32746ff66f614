import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';
import { requestLiveBackup, writeDataDirDump } from './live-backup.js';
import { createPGlite } from './open-database.js';

/** A backup or restore that cannot be done; the message is for people (Danish) and names what to do. */
export class BackupError extends Error {}

const LOCK_FILE = 'vejviser.lock';

function holdsDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

function lockOrFail(dataDir: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new BackupError(`${error.message}, og prøv igen.`);
    }
    throw error;
  }
}

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Writes the embedded database in `dataDir` (DATA_DIR/pglite) to `file` as a gzipped tarball
 * (PGlite's `dumpDataDir`). When a running Vejviser holds the folder, that process writes the copy
 * (queries wait for the moment it takes); otherwise this process opens the folder itself.
 */
export async function backupDataDir(dataDir: string, file: string, options: { overwrite?: boolean } = {}): Promise<{ bytes: number }> {
  const target = resolve(file);
  if (!holdsDatabase(dataDir)) throw new BackupError(`der er ingen database i ${dataDir}; tjek DATA_DIR.`);
  if (existsSync(target) && !options.overwrite)
    throw new BackupError(`${target} findes allerede; vælg et andet filnavn eller brug --force.`);
  if (!existsSync(dirname(target))) throw new BackupError(`mappen ${dirname(target)} findes ikke.`);
  let unlock: () => void;
  try {
    unlock = lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const live = await requestLiveBackup(dataDir, target, options.overwrite === true);
    if (!live) throw new BackupError(`${error.message}, og den svarer ikke på en anmodning om en sikkerhedskopi; stop den, og prøv igen.`);
    if ('error' in live) throw new BackupError(live.error);
    return live;
  }
  try {
    const pglite = createPGlite(dataDir);
    await pglite.waitReady;
    try {
      return { bytes: await writeDataDirDump(pglite, target) };
    } finally {
      await pglite.close();
    }
  } finally {
    unlock();
  }
}

/**
 * Restores a backup made by `backupDataDir` into `dataDir`. A folder that already holds a database is
 * replaced only with `force`, and then kept aside (returned as `setAside`) rather than deleted.
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
  options: { force?: boolean; at?: Date } = {},
): Promise<{ setAside: string | null }> {
  const source = resolve(file);
  if (!existsSync(source)) throw new BackupError(`${source} findes ikke.`);
  const occupied = existsSync(dataDir) && readdirSync(dataDir).length > 0;
  // Taken even with --force: a running server must never have its folder swapped underneath it.
  const unlock = existsSync(dataDir) ? lockOrFail(dataDir) : () => undefined;
  try {
    if (occupied && !options.force) {
      throw new BackupError(
        `${dataDir} indeholder allerede en database; brug --force for at erstatte den (den gamle flyttes til side, ikke slettet).`,
      );
    }
    const incoming = `${dataDir}.gendannes-${process.pid}`;
    rmSync(incoming, { recursive: true, force: true });
    try {
      await unpack(source, incoming);
    } catch (error) {
      rmSync(incoming, { recursive: true, force: true });
      throw error;
    }
    let setAside: string | null = null;
    if (existsSync(dataDir)) {
      setAside = occupied ? `${dataDir}.foer-gendannelse-${stamp(options.at ?? new Date())}` : null;
      if (setAside) renameSync(dataDir, setAside);
      else rmSync(dataDir, { recursive: true, force: true });
    }
    renameSync(incoming, dataDir);
    if (setAside) rmSync(join(setAside, LOCK_FILE), { force: true });
    return { setAside };
  } finally {
    unlock();
  }
}

/** Loads the tarball into a fresh folder through PGlite itself and checks it is a Vejviser database. */
async function unpack(source: string, dataDir: string): Promise<void> {
  // PGlite writes its files world-readable: the folders around them keep others out.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pglite = createPGlite(dataDir, new Blob([await readFile(source)]));
  try {
    await pglite.waitReady;
  } catch (error) {
    throw new BackupError(`${source} kan ikke læses som en sikkerhedskopi af databasen (${(error as Error).message}).`);
  }
  try {
    const found = await pglite.query<{ ok: boolean }>(`SELECT to_regclass('public.migrations') IS NOT NULL AS ok`);
    if (!found.rows[0]?.ok) throw new BackupError(`${source} er ikke en sikkerhedskopi af Vejviser (ingen migreringer i databasen).`);
  } finally {
    await pglite.close();
  }
  // The tarball holds the lock file of the process that made it; that process is gone.
  rmSync(join(dataDir, LOCK_FILE), { force: true });
}
