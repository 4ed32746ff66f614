import { byIdLoader, isUuid, type RequestContext } from '#core';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Unit } from '../units/unit.entity.js';

export type DirectoryRecordType = 'OFFER' | 'CONTACT' | 'ORGANISATION' | 'UNIT';
export type DirectoryRecord = Offer | Contact | Organisation | Unit;

const ENTITY: Record<DirectoryRecordType, new () => DirectoryRecord> = {
  OFFER: Offer,
  CONTACT: Contact,
  ORGANISATION: Organisation,
  UNIT: Unit,
};

/**
 * A page of records of mixed types (a search's hits) in one statement, with the organisations they
 * belong to: each row is handed to its type's by-id loader (`byIdLoader`), so `organisation { name }`
 * and any later load of them in the request ask nothing more. The rows are the ones the loaders
 * would have read, whole: what a viewer may see is decided where a field is resolved, as always.
 */
export async function loadRecords(
  ctx: RequestContext,
  dataSource: DataSource,
  refs: { type: DirectoryRecordType; id: string }[],
): Promise<(DirectoryRecord | null)[]> {
  const ids = (type: DirectoryRecordType) => [...new Set(refs.filter((r) => r.type === type && isUuid(r.id)).map((r) => r.id))];
  const rows: { kind: DirectoryRecordType; row: Record<string, unknown> }[] = refs.length
    ? await dataSource.query(
        `WITH o AS (SELECT * FROM offer WHERE id = ANY($1::uuid[])),
           c AS (SELECT * FROM contact WHERE id = ANY($2::uuid[])),
           u AS (SELECT * FROM unit WHERE id = ANY($3::uuid[]))
         SELECT 'OFFER' AS kind, to_jsonb(o) AS row FROM o
         UNION ALL SELECT 'CONTACT', to_jsonb(c) FROM c
         UNION ALL SELECT 'UNIT', to_jsonb(u) FROM u
         UNION ALL SELECT 'ORGANISATION', to_jsonb(g) FROM organisation g WHERE g.id = ANY($4::uuid[])
           OR g.id IN (SELECT organisation_id FROM o UNION SELECT organisation_id FROM c UNION SELECT organisation_id FROM u)`,
        [ids('OFFER'), ids('CONTACT'), ids('UNIT'), ids('ORGANISATION')],
      )
    : [];
  const found = new Map<string, DirectoryRecord>();
  for (const { kind, row } of rows) {
    const record = hydrate(dataSource, ENTITY[kind], row);
    found.set(`${kind}:${record.id}`, record);
    prime(ctx, dataSource, record);
  }
  return refs.map((r) => found.get(`${r.type}:${r.id}`) ?? null);
}

function prime(ctx: RequestContext, dataSource: DataSource, record: DirectoryRecord): void {
  if (record instanceof Offer) ctx.prime(byIdLoader(Offer), dataSource, record.id, record);
  else if (record instanceof Contact) ctx.prime(byIdLoader(Contact), dataSource, record.id, record);
  else if (record instanceof Organisation) ctx.prime(byIdLoader(Organisation), dataSource, record.id, record);
  else ctx.prime(byIdLoader(Unit), dataSource, record.id, record);
}

/** An entity from its row as `to_jsonb` wrote it, converted column by column as TypeORM converts a row it reads. */
function hydrate<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T, json: Record<string, unknown>): T {
  const record = dataSource.getRepository(entity).create();
  for (const column of dataSource.getMetadata(entity).columns)
    column.setEntityValue(record, dataSource.driver.prepareHydratedValue(json[column.databaseName] ?? null, column));
  return record;
}
