import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killServerProcesses, startServerProcess } from '#testing';

const SEED = 'dist/apps/api/src/cli/seed.js';
const IMPORT = 'dist/apps/api/src/cli/import.js';
const EXAMPLE = 'docs/examples/hillerod-tilbud.csv';

/** The README's `npm run import` example: its command line and the lines it says the command prints on stdout. */
function readmeExample(): { command: string; stdout: string[] } {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /```sh\n\$ (npm run import -- [^\n]+)\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README has no `npm run import` example');
  // The progress line goes to stderr.
  const stdout = block[2].trimEnd().split('\n').slice(1);
  return { command: block[1], stdout };
}

// `npm run import` as the README shows it, on the example sheet in the repo and a freshly seeded embedded database.
describe('npm run import (the README example)', () => {
  let dataDir: string;
  const run = (args: string[]) => startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' }, IMPORT, args).exit(90);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-import-cli-'));
    const seeded = await startServerProcess({ DATA_DIR: dataDir }, SEED).exit(120);
    expect(seeded.code).toBe(0);
  }, 150_000);
  afterAll(async () => {
    killServerProcesses();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('dry-runs the example sheet into the demo organisation named in the README, printing what the README shows, and exits 1', async () => {
    const example = readmeExample();
    expect(example.command).toBe(`npm run import -- ${EXAMPLE} --organisation "Hillerød Kommune" --dry-run`);
    const result = await run([EXAMPLE, '--organisation', 'Hillerød Kommune', '--dry-run']);
    expect(result.stdout.trimEnd().split('\n')).toEqual(example.stdout);
    expect(example.stdout).toEqual([
      'CSV, Windows-1252, skilletegn ";"',
      expect.stringMatching(/^Kolonner: Navn → NAME; Telefon → PHONE; E-mail → EMAIL; /),
      'Række 2: CREATE OFFER "Ungeindgangen Hillerød (demo)"',
      'Række 3: CREATE OFFER "Rådgivning for forældre (demo)"',
      'Række 4: ERROR OFFER "Fejlrække (demo)"',
      'Fejl i række 4, kolonne "Telefon": Telefonnummeret "12 34" skal have 8 cifre (dansk) eller starte med + og landekode.',
      'Fejl i række 4, kolonne "Kommune": Ukendt kommune "Atlantis". Skriv navnet eller den firecifrede kommunekode.',
      'Prøvekørsel, intet gemt: 2 oprettes, 0 opdateres, 0 uændrede, 1 med fejl.',
    ]);
    expect(result.stderr).toContain('Prøvekørsel: 100 % (3/3)');
    expect(result.code).toBe(1);
  }, 120_000);

  it('refuses a name no organisation has with a Danish message and exit code 2', async () => {
    const result = await run([EXAMPLE, '--organisation', 'Atlantis Kommune', '--dry-run']);
    expect(result.stderr.trim()).toBe('Ingen organisation hedder "Atlantis Kommune". Angiv organisationens id eller hele dens navn.');
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  }, 120_000);
});
