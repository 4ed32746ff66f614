import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vejviser-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder another live process holds, naming its pid', () => {
    writeFileSync(join(dir, 'vejviser.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(String(process.ppid));
  });

  it('takes over the lock of a process that no longer exists', () => {
    writeFileSync(join(dir, 'vejviser.lock'), '2147483646');
    const release = lockDataDir(dir);
    release();
    expect(() => lockDataDir(dir)()).not.toThrow();
  });

  it('can be taken again after release', () => {
    lockDataDir(dir)();
    const release = lockDataDir(dir);
    expect(typeof release).toBe('function');
    release();
  });
});
