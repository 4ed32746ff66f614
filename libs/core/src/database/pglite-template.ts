import { constants, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/*
 * PGlite runs initdb in WebAssembly for every new data directory: about 3.5 s of CPU and a peak near
 * 1 GB, most of a first start. initdb's output is the same every time for one PGlite version, so the
 * build makes it once (`npm run build`, step "pglite") and a new data directory starts as a copy of it;
 * the migrations then run on it as always. Without the template, PGlite runs initdb itself.
 */

function pglitePackageDir(): string {
  // The package's main entry is <package>/dist/index.*; its exports do not include package.json.
  return dirname(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
}

/** node_modules/.cache/vejviser/pglite-<version>: reinstalling PGlite (or any npm ci) leaves no stale template behind. */
export function pgliteTemplateDir(): string {
  const packageDir = pglitePackageDir();
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const parts = packageDir.split(sep);
  const nodeModules = parts.slice(0, parts.lastIndexOf('node_modules') + 1).join(sep) || join(packageDir, '..', '..');
  return join(nodeModules, '.cache', 'vejviser', `pglite-${version}`);
}

/** Makes the template unless it exists: initdb in a folder beside it, stopped cleanly, then renamed into place. */
export async function makePgliteTemplate(dir = pgliteTemplateDir()): Promise<boolean> {
  if (existsSync(join(dir, 'PG_VERSION'))) return false;
  const building = `${dir}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  // Loaded here: the build's up-to-date check (every `npm start`) only needs the path.
  const { PGlite } = await import('@electric-sql/pglite');
  const { chooseWasmTier, pgliteStartParams } = await import('./pglite-runtime.js');
  chooseWasmTier(false);
  const pglite = new PGlite(building, { startParams: pgliteStartParams() });
  await pglite.waitReady;
  await pglite.close();
  try {
    renameSync(building, dir);
  } catch (error) {
    // Another build made it at the same moment: theirs is as good.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(dir, 'PG_VERSION'))) throw error;
  }
  return true;
}

/** A new, empty data directory becomes a copy of the template (when there is one); an existing database is left alone. */
export function copyPgliteTemplate(dataDir: string, template = pgliteTemplateDir()): boolean {
  if (existsSync(join(dataDir, 'PG_VERSION')) || !existsSync(join(template, 'PG_VERSION'))) return false;
  // PG_VERSION last: a copy cut short is not taken for a database on the next start, but copied again.
  // Copy-on-write clones where the file system has them (APFS, Btrfs, XFS), plain copies elsewhere.
  cpSync(template, dataDir, {
    recursive: true,
    mode: constants.COPYFILE_FICLONE,
    filter: (source) => source !== join(template, 'PG_VERSION'),
  });
  copyFileSync(join(template, 'PG_VERSION'), join(dataDir, 'PG_VERSION'));
  return true;
}
