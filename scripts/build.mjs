// `npm run build` (and so `npm start`): each build step does only what is missing or out of date.
// Usage: node scripts/build.mjs [step …] [--force]   (no step named: all of them)
// A step is { name, run({ force }) } with its own up-to-date check (run may resolve to { finished }, a
// promise of work going on beside the next steps); add one to STEPS (a bundle, say),
// or { name, command: ['node', 'scripts/….mjs'] } for a script that checks for itself.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * TypeScript of apps/, libs/ and bench/ (the benchmarks, outside the app: dist/bench) to dist/ with swc, file by
 * file: only sources changed since the last build.
 */
const swc = {
  name: 'swc',
  run({ force }) {
    const OUT = 'dist';
    const ROOTS = ['apps', 'libs', 'bench'];
    // apps/explorer and apps/web are browser bundles: Vite builds them (the explorer and web steps).
    const ARGS = ['--quiet', '--ignore', '**/*.spec.ts,apps/explorer/**,apps/web/**'];
    const stampFile = join(ROOT, OUT, '.build', 'swc.json');
    // A new swc or another .swcrc compiles differently: everything again.
    const config = hash(
      [readFileSync(join(ROOT, '.swcrc'), 'utf8'), packageVersion('@swc/core'), packageVersion('@swc/cli'), ARGS.join(' ')].join('\n'),
    );
    const files = Object.fromEntries(
      sources(ROOTS)
        .filter((file) => !file.startsWith('apps/explorer/') && !file.startsWith('apps/web/'))
        .map((file) => [file, fingerprint(file)]),
    );
    const stamp = readJson(stampFile);
    const outputOf = (file) => join(ROOT, OUT, file.replace(/\.[^.]+$/, '.js'));

    // Outputs of deleted sources go, so nothing stale can be imported, and so do the folders a move left empty.
    const deleted = Object.keys(stamp?.files ?? {}).filter((f) => !(f in files));
    for (const file of deleted) {
      rmSync(outputOf(file), { force: true });
      rmSync(`${outputOf(file)}.map`, { force: true });
    }
    for (const dir of new Set(deleted.map((file) => dirname(outputOf(file))))) {
      if (existsSync(dir) && !readdirSync(dir).length) rmSync(dir, { recursive: true });
    }
    const changed =
      force || stamp?.config !== config
        ? null
        : Object.keys(files).filter((file) => stamp.files[file] !== files[file] || !existsSync(outputOf(file)));
    // Everything when swc or its settings changed, or when the list would not fit a command line (Windows).
    if (changed === null || changed.length > 200) swcCli([...ROOTS, '-d', OUT, ...ARGS]);
    else if (changed.length) swcCli([...changed, '-d', OUT, ...ARGS]);
    mkdirSync(dirname(stampFile), { recursive: true });
    // Written whole and then renamed, so a build running beside this one (CI runs the browser suites beside
    // `npm test`, each building first) never reads half a stamp and compiles everything again.
    const partial = `${stampFile}.${process.pid}`;
    writeFileSync(partial, JSON.stringify({ config, files }));
    renameSync(partial, stampFile);
  },
};

/**
 * An empty PGlite database to copy for every new data directory, made once per installed PGlite. Its
 * initdb takes seconds of one core, so it runs in a process of its own beside the swc build; on a
 * fresh clone its two modules are compiled first.
 */
const pglite = {
  name: 'pglite',
  async run({ force }) {
    const files = ['libs/core/src/database/pglite-template.ts', 'libs/core/src/database/pglite-runtime.ts'];
    const module = join(ROOT, 'dist/libs/core/src/database/pglite-template.js');
    if (files.some((file) => !existsSync(join(ROOT, 'dist', file.replace(/\.ts$/, '.js'))))) swcCli([...files, '-d', 'dist', '--quiet']);
    const { pgliteTemplateDir } = await import(pathToFileURL(module).href);
    const dir = pgliteTemplateDir();
    if (force) rmSync(dir, { recursive: true, force: true });
    if (existsSync(join(dir, 'PG_VERSION'))) return;
    // The child has both modules loaded before swc may rewrite them; then it runs initdb beside the build.
    const runtime = join(ROOT, 'dist/libs/core/src/database/pglite-runtime.js');
    const script = `const [m] = await Promise.all([import(${JSON.stringify(pathToFileURL(module).href)}), import(${JSON.stringify(pathToFileURL(runtime).href)})]);
      process.send('loaded');
      await m.makePgliteTemplate(${JSON.stringify(dir)});
      process.disconnect();`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
    const finished = new Promise((done, fail) =>
      child.on('exit', (code) => {
        if (code !== 0) return fail(new Error(`build: PGlite-skabelonen mislykkedes (exit ${code})`));
        console.log(`build: tom PGlite-database til nye datamapper lavet i ${relative(ROOT, dir)}`);
        done();
      }),
    );
    await Promise.race([new Promise((done) => child.once('message', done)), finished]);
    return { finished };
  },
};

/** The GraphQL explorer's and the web app's bundles (Vite), each with its own up-to-date check. */
const explorer = { name: 'explorer', command: ['node', 'scripts/build-vite-app.mjs', 'explorer'] };
const web = { name: 'web', command: ['node', 'scripts/build-vite-app.mjs', 'web'] };

// pglite first: it returns while its initdb runs, and is waited for at the end.
const STEPS = [pglite, explorer, web, swc];

const args = process.argv.slice(2);
const force = args.includes('--force');
// `--prepare` (npm install's prepare script): an install without dev dependencies has nothing to build with.
if (args.includes('--prepare') && !['@swc/cli', 'vite'].every(installed)) {
  console.log('build: springes over (udviklingspakkerne er ikke installeret)');
  process.exit(0);
}
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !STEPS.some((s) => s.name === n));
if (unknown.length) {
  console.error(`build: ukendt trin ${unknown.join(', ')} (kendte: ${STEPS.map((s) => s.name).join(', ')})`);
  process.exit(1);
}
const running = [];
for (const step of STEPS) {
  if (named.length && !named.includes(step.name)) continue;
  if (step.run) running.push((await step.run({ force }))?.finished);
  else run(step.command[0] === 'node' ? process.execPath : step.command[0], [...step.command.slice(1), ...(force ? ['--force'] : [])]);
}
await Promise.all(running);

/** Files swc compiles under `roots` (its default extensions, no dotfiles, no specs), relative and with `/`. */
function sources(roots) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(jsx?|es6?|mjs|tsx?|cts|mts)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts'))
        found.push(path);
    }
  };
  for (const root of roots) if (existsSync(join(ROOT, root))) walk(root);
  return found.sort();
}

/** Size and modification time: a checkout, an edit or a copy changes one of them. */
function fingerprint(file) {
  const stat = statSync(join(ROOT, file));
  return `${stat.size}:${stat.mtimeMs}`;
}

function swcCli(argv) {
  run(process.execPath, [join(dirname(require.resolve('@swc/cli/package.json')), 'bin', 'swc.js'), ...argv]);
}

function run(command, argv) {
  const result = spawnSync(command, argv, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function installed(name) {
  try {
    return Boolean(packageVersion(name));
  } catch {
    return false;
  }
}

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function hash(text) {
  return createHash('sha256').update(text).digest('hex');
}
