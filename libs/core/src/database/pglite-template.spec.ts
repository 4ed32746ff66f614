import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { copyPgliteTemplate, makePgliteTemplate, pgliteTemplateDir } from './pglite-template.js';

describe('the PGlite template', () => {
  let dir: string;
  let template: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vejviser-template-'));
    template = join(dir, 'template');
    expect(await makePgliteTemplate(template)).toBe(true);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lives beside the installed packages, named for the PGlite version', () => {
    expect(pgliteTemplateDir()).toMatch(/node_modules[/\\]\.cache[/\\]vejviser[/\\]pglite-\d+\.\d+\.\d+/);
  });

  it('is made once: a second build leaves it as it is', async () => {
    const version = readFileSync(join(template, 'PG_VERSION'), 'utf8');
    expect(await makePgliteTemplate(template)).toBe(false);
    expect(readFileSync(join(template, 'PG_VERSION'), 'utf8')).toBe(version);
  });

  it('becomes a working database in a new data directory, and never overwrites one', async () => {
    const dataDir = join(dir, 'data');
    expect(copyPgliteTemplate(dataDir, template)).toBe(true);
    const first = await PGlite.create(dataDir);
    await first.exec('CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)');
    await first.close();

    expect(copyPgliteTemplate(dataDir, template)).toBe(false);
    const again = await PGlite.create(dataDir);
    expect((await again.query<{ id: number }>('SELECT id FROM kept')).rows).toEqual([{ id: 7 }]);
    await again.close();
  });

  it('leaves a new data directory to initdb when there is no template', () => {
    const dataDir = join(dir, 'no-template');
    expect(copyPgliteTemplate(dataDir, join(dir, 'missing'))).toBe(false);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);
  });
});
