import { randomBytes } from 'node:crypto';
import { existsSync, statSync, watch } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

// PGlite is one process's database: only the process that holds DATA_DIR can copy it while it runs. So
// `npm run backup` leaves a request beside the folder, the holder writes the copy and answers in a file.

const PICKUP_MS = 10_000;
const ANSWER_MS = 10 * 60_000;

interface Request {
  nonce: string;
  to: string;
  overwrite: boolean;
}
interface Answer {
  bytes?: number;
  error?: string;
}

function requestFile(dataDir: string): string {
  return `${dataDir}.backup-request.json`;
}

function answerFile(dataDir: string, nonce: string): string {
  return `${dataDir}.backup-${nonce}.json`;
}

/** A gzipped tarball of the engine's data directory, written beside `target` and renamed into place. */
export async function writeDataDirDump(pglite: PGlite, target: string): Promise<number> {
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const dump = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    await writeFile(partial, dump, { mode: 0o600 });
    await rename(partial, target);
    return dump.length;
  } finally {
    await rm(partial, { force: true });
  }
}

/** In the process that holds `dataDir`: answers backup requests until the returned function is called. */
export function answerBackupRequests(dataDir: string, pglite: PGlite): () => void {
  const request = requestFile(dataDir);
  let queue = Promise.resolve();
  const serve = async () => {
    let wanted: Request;
    try {
      wanted = JSON.parse(await readFile(request, 'utf8')) as Request;
      await rm(request);
    } catch {
      return; // Already served, or not ours to read.
    }
    if (!/^[0-9a-f]{16}$/.test(wanted.nonce) || !isAbsolute(wanted.to)) return;
    let answer: Answer;
    try {
      if (existsSync(wanted.to) && wanted.overwrite !== true) throw new Error(`${wanted.to} findes allerede`);
      answer = { bytes: await writeDataDirDump(pglite, wanted.to) };
    } catch (error) {
      answer = { error: (error as Error).message };
    }
    await writeFile(answerFile(dataDir, wanted.nonce), JSON.stringify(answer), { mode: 0o600 });
  };
  try {
    const watcher = watch(dirname(dataDir), { persistent: false }, (_event, name) => {
      if (name === basename(request)) queue = queue.then(serve);
    });
    return () => watcher.close();
  } catch {
    // No file watching here (say, a network drive): `npm run backup` then asks to stop the server.
    return () => undefined;
  }
}

async function until<T>(ms: number, probe: () => Promise<T | undefined>): Promise<T | undefined> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
  return undefined;
}

/**
 * Asks the process holding `dataDir` to write a backup to `target` (absolute). Returns its size, or null
 * when nobody picks the request up (a tool that holds the folder without answering, or an older version).
 */
export async function requestLiveBackup(
  dataDir: string,
  target: string,
  overwrite: boolean,
): Promise<{ bytes: number } | { error: string } | null> {
  const request = requestFile(dataDir);
  // A request nobody picked up within a minute is left over from a crash.
  if (existsSync(request) && Date.now() - statSync(request).mtimeMs > 60_000) await rm(request, { force: true });
  if (existsSync(request)) return { error: 'en anden sikkerhedskopi er i gang; prøv igen om lidt' };
  const nonce = randomBytes(8).toString('hex');
  const staged = `${request}.${nonce}`;
  await writeFile(staged, JSON.stringify({ nonce, to: target, overwrite } satisfies Request), { mode: 0o600 });
  await rename(staged, request);
  const picked = await until(PICKUP_MS, async () => (existsSync(request) ? undefined : true));
  if (!picked) {
    await rm(request, { force: true });
    return null;
  }
  const answer = answerFile(dataDir, nonce);
  const read = await until(ANSWER_MS, async () => {
    try {
      return JSON.parse(await readFile(answer, 'utf8')) as Answer;
    } catch {
      return undefined;
    }
  });
  await rm(answer, { force: true });
  if (!read) return { error: 'processen, der holder databasen, blev ikke færdig med kopien' };
  return read.bytes !== undefined ? { bytes: read.bytes } : { error: read.error ?? 'ukendt fejl' };
}
