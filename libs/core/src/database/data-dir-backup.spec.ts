import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError, backupDataDir, restoreDataDir } from './data-dir-backup.js';
import { createPGlite } from './open-database.js';

describe('backupDataDir and restoreDataDir', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vejviser-backup-spec-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a folder without a database', async () => {
    await expect(backupDataDir(join(root, 'empty'), join(root, 'x.tar.gz'))).rejects.toThrow(/ingen database/);
    expect(existsSync(join(root, 'x.tar.gz'))).toBe(false);
  });

  it('refuses, after asking, when the process holding the folder does not answer', async () => {
    const dataDir = join(root, 'held');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'PG_VERSION'), '18');
    // Jest's parent process: alive, and not a Vejviser that answers backup requests.
    writeFileSync(join(dataDir, 'vejviser.lock'), String(process.ppid));
    await expect(backupDataDir(dataDir, join(root, 'x.tar.gz'))).rejects.toThrow(/i brug .* svarer ikke .* stop den/);
    expect(readdirSync(root).sort()).toEqual(['held']);
  }, 30_000);

  it('refuses a file that is not a backup, leaving DATA_DIR as it was', async () => {
    const file = join(root, 'not-a-backup.tar.gz');
    writeFileSync(file, 'hello');
    const dataDir = join(root, 'data', 'pglite');
    await expect(restoreDataDir(file, dataDir)).rejects.toThrow(BackupError);
    expect(existsSync(dataDir)).toBe(false);
    expect(readdirSync(join(root, 'data'))).toEqual([]);
  });

  it("refuses a PostgreSQL data directory that is not Vejviser's", async () => {
    // The test run's migrated template without its migrations table (initdb of a fresh one takes ~15 s).
    const copy = join(root, 'other');
    cpSync(process.env.VEJVISER_TEST_TEMPLATE_DIR!, copy, { recursive: true });
    const pglite = createPGlite(copy);
    await pglite.waitReady;
    await pglite.exec('DROP TABLE migrations');
    const file = join(root, 'other.tar.gz');
    writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
    await pglite.close();
    await expect(restoreDataDir(file, join(root, 'restored'))).rejects.toThrow(/ikke en sikkerhedskopi af Vejviser/);
    expect(existsSync(join(root, 'restored'))).toBe(false);
  }, 60_000);
});
