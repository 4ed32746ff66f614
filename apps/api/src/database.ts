import type { Logger } from 'typeorm';
import { AUTH_ENTITIES } from '#auth';
import { AuditEvent, openDatabase, type Database, type DatabaseTarget } from '#core';
import { DIRECTORY_ENTITIES } from '#directory';
import { GEOGRAPHY_ENTITIES } from '#geography';
import { MAIL_ENTITIES } from '#mail';
import { HANDOVER_ENTITIES } from '#handover';
import { NETWORK_ENTITIES } from '#network';
import { UPKEEP_ENTITIES } from '#upkeep';
import { MIGRATIONS } from './migrations/index.js';

export const ENTITIES = [
  AuditEvent,
  ...GEOGRAPHY_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...NETWORK_ENTITIES,
  ...MAIL_ENTITIES,
  ...AUTH_ENTITIES,
  ...UPKEEP_ENTITIES,
  ...HANDOVER_ENTITIES,
];

/** Opens the app's database with its entities and migrations (not yet applied). */
export function openAppDatabase(target: DatabaseTarget, queryLogger?: Logger): Promise<Database> {
  return openDatabase(target, { entities: ENTITIES, migrations: MIGRATIONS, queryLogger });
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(database: Database): Promise<string[]> {
  const applied = await database.dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
