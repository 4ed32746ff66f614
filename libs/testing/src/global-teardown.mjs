import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export default async function globalTeardown() {
  const file = process.env.VEJVISER_TEST_TEMPLATE_FILE;
  if (file) await rm(dirname(file), { recursive: true, force: true });
}
