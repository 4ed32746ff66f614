import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inOneTransaction, type RequestContext } from '#core';
import { ContactsService, OffersService, Organisation, OrganisationsService } from '#directory';
import { HsdsBadRequest } from '../hsds-params.js';
import { PackageReader } from './hsds-import-inputs.js';
import { readPackage } from './hsds-package.js';
import { TABLES, type Row } from './hsds-tables.js';

export interface HsdsImportReport {
  organisations: number;
  contacts: number;
  offers: number;
}

/** How every refusal inside the transaction begins: the transaction is rolled back. */
const ABORTED = 'Importen er afbrudt, intet er gemt.';

/** Records between progress reports. */
const CHUNK = 25;

/**
 * Reads an HSDS tabular package (as `npm run export:hsds` writes it) into an empty instance, through the
 * directory's services with `ctx`'s rights, so every record is checked like a mutation and audited. All or
 * nothing: every record is created in one transaction (the audit trail names the import as the cause), and the
 * first record refused rolls the whole import back with a Danish error naming its file and row.
 */
@Injectable()
export class HsdsImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
    private readonly offers: OffersService,
  ) {}

  async run(ctx: RequestContext, zip: Uint8Array, progress?: (done: number, total: number) => void): Promise<HsdsImportReport> {
    const reader = new PackageReader(readPackage(zip));
    const { tables } = reader;
    const total = tables.organization.length + tables.contact.length + tables.service.length;
    let done = 0;
    const step = () => {
      done++;
      if (done % CHUNK === 0 || done === total) progress?.(done, total);
    };
    const rowOf = rowNumbers();
    // Every read inside goes through the transaction's manager or joins it: PGlite has one connection.
    await inOneTransaction(this.dataSource, `hsds-import:${randomUUID()}`, async (manager) => {
      if (await manager.getRepository(Organisation).exists()) {
        throw new HsdsBadRequest('HSDS-import kræver en tom instans: der findes allerede organisationer.');
      }
      const ids = new Map<string, string>();
      const codes = new Map<string, string | null>();
      for (const row of reader.organisationsInOrder()) {
        const where = rowOf('organization', tables.organization, row, `organisationen "${row.name}"`);
        const parentId = row.parent_organization_id;
        if (parentId && !ids.has(parentId) && !tables.organization.some((o) => o.id === parentId)) {
          throw new HsdsBadRequest(`${ABORTED} ${where}: den overordnede organisation ${parentId} findes ikke i pakken.`);
        }
        const input = reader.organisation(row, parentId ? (ids.get(parentId) ?? null) : null);
        ids.set(row.id, created(await this.organisations.create(ctx, input), where).id);
        codes.set(row.id, input.municipalityCode ?? null);
        step();
      }
      for (const row of tables.contact) {
        const where = rowOf('contact', tables.contact, row, `kontakten "${row.name}"`);
        const organisationId = known(ids, row.organization_id, where);
        created(await this.contacts.create(ctx, reader.contact(row, organisationId)), where);
        step();
      }
      for (const row of tables.service) {
        const where = rowOf('service', tables.service, row, `tilbuddet "${row.name}"`);
        const organisationId = known(ids, row.organization_id, where);
        const input = reader.offer(row, organisationId, codes.get(row.organization_id) ?? null);
        created(await this.offers.create(ctx, input), where);
        step();
      }
    });
    return { organisations: tables.organization.length, contacts: tables.contact.length, offers: tables.service.length };
  }
}

/** "services.csv, række 12 (tilbuddet "X")": the header is row 1, as a spreadsheet counts. */
function rowNumbers() {
  const indexes = new Map<Row[], Map<Row, number>>();
  return (table: keyof typeof TABLES, rows: Row[], row: Row, what: string): string => {
    let index = indexes.get(rows);
    if (!index) indexes.set(rows, (index = new Map(rows.map((r, i) => [r, i]))));
    return `${TABLES[table].path}, række ${(index.get(row) ?? 0) + 2} (${what})`;
  };
}

/** The new id of the organisation a record belongs to, or an error naming the record. */
function known(ids: Map<string, string>, organisationId: string, where: string): string {
  const id = ids.get(organisationId);
  if (!id) throw new HsdsBadRequest(`${ABORTED} ${where}: organisationen ${organisationId || '(tom)'} findes ikke i pakken.`);
  return id;
}

/** The created record, or the failure as a Danish error naming the record and every field refused. */
function created<T extends { id: string }>(
  result: T | { code: string; message: string; fieldErrors?: { path: string; message: string }[] },
  where: string,
): T {
  if (!('code' in result)) return result;
  const fields = (result.fieldErrors ?? []).map((e) => `${e.path.replace(/^input\./, '')}: ${e.message}`);
  throw new HsdsBadRequest(`${ABORTED} ${where} kunne ikke oprettes: ${[result.message, ...fields].join(' ')}`);
}
