import { Logger, type INestApplicationContext } from '@nestjs/common';
import type { Database } from '#core';
import { ConfigError, describeTarget, loadConfig, type AppConfig } from './config/config.js';
import { migrate, openAppDatabase } from './database.js';
import { flushTracing } from './observability/tracing-switch.js';

/** Prints one line for people and stops: start-up problems are not stack traces. */
export function fail(message: string): never {
  return stop(`Vejviser kan ikke starte: ${message}`);
}

/** A command's refusal (bad arguments, a name already taken): the message as it is, and the exit code. */
export function stop(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export function configOrFail(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Opens the configured database and applies pending migrations, or fails with one clear line. */
export async function databaseOrFail(config: AppConfig, logger = new Logger('Database')): Promise<Database> {
  const where = describeTarget(config.database);
  const setting = config.database.kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
  let database: Database;
  try {
    database = await openAppDatabase(config.database);
  } catch (error) {
    fail(`${setting}: kan ikke åbne databasen (${where}): ${reason(error)}`);
  }
  try {
    const applied = await migrate(database);
    if (applied.length) logger.log(`Migreringer kørt: ${applied.join(', ')}`);
  } catch (error) {
    await database.close().catch(() => undefined);
    fail(`${setting}: migreringer mislykkedes på ${where}: ${reason(error)}`);
  }
  return database;
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return reason(error.errors[0]);
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}

/** Stops cleanly on SIGINT/SIGTERM: running jobs finish or go back to the queue, the database closes. */
export function closeOnSignals(app: INestApplicationContext, database: Database, logger: Logger): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: lukker ned`);
    await app.close();
    await database.close();
    await flushTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
