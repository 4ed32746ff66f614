import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgliteStartParams, sharedBuffersFor } from './pglite-runtime.js';

const MB = 2 ** 20;
let dir: string;

/** A data directory whose databases hold files of these sizes (sparse: nothing is written). */
function dataDir(databases: Record<string, number[]>): string {
  const root = mkdtempSync(join(dir, 'data-'));
  for (const [oid, sizes] of Object.entries(databases)) {
    mkdirSync(join(root, 'base', oid), { recursive: true });
    sizes.forEach((size, n) => {
      const file = join(root, 'base', oid, String(16384 + n));
      writeFileSync(file, '');
      truncateSync(file, size);
    });
  }
  return root;
}

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'vejviser-buffers-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PGlite shared buffers', () => {
  it('are as large as the largest database, at least 16 MB and at most 128 MB', () => {
    expect(sharedBuffersFor(dataDir({ 1: [7 * MB], 5: [15 * MB] }))).toBe('16MB');
    expect(sharedBuffersFor(dataDir({ 1: [7 * MB], 5: [30 * MB, 10 * MB + 1] }))).toBe('41MB');
    expect(sharedBuffersFor(dataDir({ 1: [7 * MB], 5: [200 * MB, 83 * MB] }))).toBe('128MB');
  });

  it('are the least in memory, for a new data directory and when the folder holds no databases', () => {
    expect(sharedBuffersFor('memory://')).toBe('16MB');
    expect(sharedBuffersFor(undefined)).toBe('16MB');
    expect(sharedBuffersFor(join(dir, 'not-yet'))).toBe('16MB');
    expect(sharedBuffersFor(dataDir({}))).toBe('16MB');
  });

  it('go to PGlite with our other settings, before the caller’s', () => {
    const params = pgliteStartParams(['fsync=off'], dataDir({ 5: [64 * MB] }));
    expect(params.slice(-6)).toEqual(['-c', 'max_connections=10', '-c', 'shared_buffers=64MB', '-c', 'fsync=off']);
  });
});
