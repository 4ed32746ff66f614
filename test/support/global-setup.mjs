// Runs once before all test files: migrate one template database they all start from.
// Jest loads this file outside its ESM and path-mapping pipeline, so it runs the compiled code
// (`npm test` builds first) in a child process: loading the app's decorated classes into Jest's
// own process would leak their GraphQL metadata into the tests' realm.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PREPARE = fileURLToPath(new URL('./prepare-template.mjs', import.meta.url));

export default async function globalSetup() {
  const output = execFileSync(process.execPath, [PREPARE], { encoding: 'utf8', env: process.env });
  const { dir, database } = JSON.parse(output.trim().split('\n').at(-1));
  if (dir) process.env.VEJVISER_TEST_TEMPLATE_DIR = dir;
  if (database) process.env.VEJVISER_TEST_TEMPLATE_DB = database;
}
