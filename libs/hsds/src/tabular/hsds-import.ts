import { Injectable } from '@nestjs/common';
import type { RequestContext } from '#core';
import { CatalogueFeed, ContactsService, OffersService, OrganisationsService } from '#directory';
import { HsdsBadRequest } from '../hsds-params.js';
import { PackageReader } from './hsds-import-inputs.js';
import { readPackage } from './hsds-package.js';

export interface HsdsImportReport {
  organisations: number;
  contacts: number;
  offers: number;
}

/**
 * Reads an HSDS tabular package (as `npm run export:hsds` writes it) into an empty instance, through the
 * directory's services with `ctx`'s rights, so every record is checked like a mutation and audited.
 */
@Injectable()
export class HsdsImport {
  constructor(
    private readonly feed: CatalogueFeed,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
    private readonly offers: OffersService,
  ) {}

  async run(ctx: RequestContext, zip: Uint8Array, progress?: (done: number, total: number) => void): Promise<HsdsImportReport> {
    if ((await this.feed.organisations({ offset: 0, limit: 1 })).total > 0) {
      throw new HsdsBadRequest('HSDS-import kræver en tom instans: der findes allerede organisationer.');
    }
    const reader = new PackageReader(readPackage(zip));
    const { tables } = reader;
    const total = tables.organization.length + tables.contact.length + tables.service.length;
    let done = 0;
    const step = () => progress?.(++done, total);

    const ids = new Map<string, string>();
    const codes = new Map<string, string | null>();
    for (const row of reader.organisationsInOrder()) {
      const parent = row.parent_organization_id ? (ids.get(row.parent_organization_id) ?? null) : null;
      const input = reader.organisation(row, parent);
      const created = created_(await this.organisations.create(ctx, input), `organisationen "${row.name}"`);
      ids.set(row.id, created.id);
      codes.set(row.id, input.municipalityCode ?? null);
      step();
    }
    for (const row of tables.contact) {
      const organisationId = ids.get(row.organization_id);
      if (!organisationId) throw new HsdsBadRequest(`Kontakten "${row.name}" hører til en organisation, pakken ikke har.`);
      created_(await this.contacts.create(ctx, reader.contact(row, organisationId)), `kontakten "${row.name}"`);
      step();
    }
    for (const row of tables.service) {
      const organisationId = ids.get(row.organization_id);
      if (!organisationId) throw new HsdsBadRequest(`Tilbuddet "${row.name}" hører til en organisation, pakken ikke har.`);
      created_(
        await this.offers.create(ctx, reader.offer(row, organisationId, codes.get(row.organization_id) ?? null)),
        `tilbuddet "${row.name}"`,
      );
      step();
    }
    return { organisations: tables.organization.length, contacts: tables.contact.length, offers: tables.service.length };
  }
}

/** The created record, or the failure as a Danish error naming the record. */
function created_<T extends { id: string }>(result: T | { code: string; message: string }, what: string): T {
  if ('code' in result) throw new HsdsBadRequest(`Kunne ikke oprette ${what}: ${result.message}`);
  return result;
}
