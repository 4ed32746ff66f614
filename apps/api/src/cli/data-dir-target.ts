import { BackupError, type DatabaseTarget } from '#core';
import { ConfigError, loadDatabaseTarget } from '../config/config.js';

/** Prints one line for people and stops with exit code 1. */
export function stop(what: string, message: string): never {
  process.stderr.write(`${what}: ${message}\n`);
  process.exit(1);
}

/** DATA_DIR's database folder, or a clear stop: with DATABASE_URL, PostgreSQL's own tools do the job. */
export function embeddedDataDirOrStop(what: string, postgresTool: string): string {
  let target: DatabaseTarget;
  try {
    target = loadDatabaseTarget();
  } catch (error) {
    if (error instanceof ConfigError) stop(what, error.message);
    throw error;
  }
  if (target.kind === 'postgres') {
    stop(what, `DATABASE_URL er sat, så data ligger i PostgreSQL: brug ${postgresTool} (se "Running it in production" i README).`);
  }
  if (target.dataDir.startsWith('memory://'))
    stop(what, 'DATA_DIR=memory:// holdes kun i hukommelsen; der er intet at tage kopi af eller gendanne til.');
  return target.dataDir;
}

/** Runs the work; a BackupError becomes one line and exit code 1. */
export async function runOrStop(what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof BackupError) stop(what, error.message);
    throw error;
  }
}
