import { Injectable } from '@nestjs/common';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid, MutationRejected, type RequestContext } from '#core';
import { assertCanEdit } from './permissions.js';

export enum DeletableRecord {
  CONTACT = 'CONTACT',
  OFFER = 'OFFER',
  UNIT = 'UNIT',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(DeletableRecord, { name: 'DeletableRecord' });

@ObjectType({ description: 'How many of one kind of thing a delete touches, in Danish words.' })
export class DeletionCount {
  @Field({ description: 'Machine key, e.g. "channels", "contacts".' }) key: string;
  @Field({ description: 'In Danish, to be read with the count after it, e.g. "Kanaler (telefon, mail og lignende)".' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'What deleting a record would do. Nothing is written.' })
export class DeletionPreview {
  @Field(() => ID) id: string;
  @Field(() => DeletableRecord) recordType: DeletableRecord;
  @Field() name: string;
  @Field(() => [DeletionCount], { description: 'Deleted with it, or no longer pointing at it (deputies, owners); only counts above 0.' })
  goes: DeletionCount[];
  @Field(() => [DeletionCount], {
    description: 'What must be deleted or moved first: the delete is refused while any is above 0. Only counts above 0.',
  })
  blockedBy: DeletionCount[];
}

type Row = { type: DeletableRecord; name: string; organisation_id: string; unit_id: string | null };

/** [key, Danish label, SQL giving a count for the record $1]. */
type Count = readonly [key: string, label: string, sql: string];

const JSON_ITEMS = (table: string, path: string) => `SELECT coalesce(jsonb_array_length(${path}), 0) AS count FROM ${table} WHERE id = $1`;
const RECORD_GOES = (table: 'contact' | 'offer'): Count[] => [
  ['channels', 'Kanaler (telefon, mail og lignende)', JSON_ITEMS(table, 'channels')],
  ['weeklyHours', 'Faste åbningstider', JSON_ITEMS(table, `opening_hours -> 'weekly'`)],
  ['hoursExceptions', 'Undtagelser fra åbningstiderne (helligdage og lukkedage)', JSON_ITEMS(table, `opening_hours -> 'exceptions'`)],
  ['situations', 'Situationer', `SELECT coalesce(cardinality(situation_keys), 0) AS count FROM ${table} WHERE id = $1`],
];

/** The same rules as the deletes in the services (blockedBy) and the database's ON DELETE SET NULL (goes). */
const RULES: Record<DeletableRecord, { goes: Count[]; blockedBy: Count[] }> = {
  CONTACT: {
    goes: [
      ...RECORD_GOES('contact'),
      ['deputyOf', 'Kontakter, der har den som stedfortræder (de står derefter uden)', 'SELECT count(*) FROM contact WHERE deputy_id = $1'],
      ['successorOf', 'Fratrådte kontakter, der henviser til den som efterfølger', 'SELECT count(*) FROM contact WHERE successor_id = $1'],
    ],
    blockedBy: [],
  },
  OFFER: { goes: RECORD_GOES('offer'), blockedBy: [] },
  UNIT: {
    goes: [
      [
        'ownedRecords',
        'Kontakter og tilbud, som enheden er ansvarlig for (organisationens redaktører bliver ansvarlige)',
        'SELECT (SELECT count(*) FROM contact WHERE owner_unit_id = $1) + (SELECT count(*) FROM offer WHERE owner_unit_id = $1) AS count',
      ],
    ],
    blockedBy: [
      ['units', 'Underenheder', 'SELECT count(*) FROM unit WHERE parent_id = $1'],
      ['contacts', 'Kontakter', 'SELECT count(*) FROM contact WHERE unit_id = $1'],
      ['offers', 'Tilbud', 'SELECT count(*) FROM offer WHERE unit_id = $1'],
    ],
  },
  ORGANISATION: {
    goes: [
      ['branches', 'Lokalafdelinger, der mister deres tilknytning', 'SELECT count(*) FROM organisation WHERE parent_organisation_id = $1'],
    ],
    blockedBy: [
      ['units', 'Enheder', 'SELECT count(*) FROM unit WHERE organisation_id = $1'],
      ['contacts', 'Kontakter', 'SELECT count(*) FROM contact WHERE organisation_id = $1'],
      ['offers', 'Tilbud', 'SELECT count(*) FROM offer WHERE organisation_id = $1'],
    ],
  },
};

const FIND = `
  SELECT 'CONTACT' AS type, name, organisation_id, unit_id FROM contact WHERE id = $1
  UNION ALL SELECT 'OFFER', name, organisation_id, unit_id FROM offer WHERE id = $1
  UNION ALL SELECT 'UNIT', name, organisation_id, id FROM unit WHERE id = $1
  UNION ALL SELECT 'ORGANISATION', name, id, NULL FROM organisation WHERE id = $1`;

/** What a delete of a contact, offer, unit or organisation would take with it, or what blocks it (deletionPreview). */
@Injectable()
export class DeletionPreviews {
  constructor(private readonly dataSource: DataSource) {}

  /** Null for an unknown id and for anyone who may not delete the record (as the delete itself would refuse). */
  async preview(ctx: RequestContext, id: string): Promise<DeletionPreview | null> {
    if (!isUuid(id)) return null;
    const manager = this.dataSource.manager;
    const [row]: Row[] = await manager.query(FIND, [id]);
    if (!row || !(await this.mayDelete(manager, ctx, row))) return null;
    const rules = RULES[row.type];
    return Object.assign(new DeletionPreview(), {
      id,
      recordType: row.type,
      name: row.name,
      goes: await this.counts(manager, rules.goes, id),
      blockedBy: await this.counts(manager, rules.blockedBy, id),
    });
  }

  private async mayDelete(manager: EntityManager, ctx: RequestContext, row: Row): Promise<boolean> {
    if (row.type === DeletableRecord.ORGANISATION) return ctx.isAdmin;
    try {
      await assertCanEdit(manager, ctx, row.organisation_id, row.unit_id);
      return true;
    } catch (error) {
      if (error instanceof MutationRejected) return false;
      throw error;
    }
  }

  private async counts(manager: EntityManager, counts: Count[], id: string): Promise<DeletionCount[]> {
    const found: DeletionCount[] = [];
    for (const [key, label, sql] of counts) {
      const [{ count }]: { count: string | number }[] = await manager.query(sql, [id]);
      if (Number(count) > 0) found.push(Object.assign(new DeletionCount(), { key, label, count: Number(count) }));
    }
    return found;
  }
}
