import { RequestContext } from '#core';
import { Contact, ContactsService, Offer, Organisation, OrganisationsService, Unit, loadRecords } from '#directory';
import { createTestContext, makeContact, makeOffer, makeOrganisation, makeUnit, type TestContext } from '#testing';
import { DataSource } from 'typeorm';

// A search's page of records in one statement: the same entities the by-id loaders read, primed into them.
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

describe('loadRecords', () => {
  it('reads a page of mixed records and their organisations in one statement, as the loaders would', async () => {
    const dataSource = t.context.get(DataSource);
    const organisation = await makeOrganisation(t.context, { name: 'Vinkelby Ungdomsskole' });
    const other = await makeOrganisation(t.context, { name: 'Vinkelby Kommune' });
    const unit = await makeUnit(t.context, { organisationId: organisation.id });
    const offer = await makeOffer(t.context, { organisationId: organisation.id, ageMin: 12, ageMax: 17 });
    const contact = await makeContact(t.context, { organisationId: other.id, openingHours: { weekly: [], alwaysOpen: true } });
    const refs = [
      { type: 'CONTACT', id: contact.id },
      { type: 'OFFER', id: offer.id },
      { type: 'UNIT', id: unit.id },
      { type: 'ORGANISATION', id: organisation.id },
      { type: 'OFFER', id: contact.id },
      { type: 'UNIT', id: 'ikke-et-id' },
    ] as const;
    const ctx = new RequestContext();
    t.queries.reset();
    const records = await loadRecords(ctx, dataSource, [...refs]);
    expect(t.queries.count).toBe(1);
    const [c, o, u, g] = await Promise.all([
      dataSource.getRepository(Contact).findOneByOrFail({ id: contact.id }),
      dataSource.getRepository(Offer).findOneByOrFail({ id: offer.id }),
      dataSource.getRepository(Unit).findOneByOrFail({ id: unit.id }),
      dataSource.getRepository(Organisation).findOneByOrFail({ id: organisation.id }),
    ]);
    expect(records).toEqual([c, o, u, g, null, null]);
    expect(records.map((r) => r?.constructor)).toEqual([Contact, Offer, Unit, Organisation, undefined, undefined]);
    // The organisations of the page, and the records themselves, come from the request's loaders without asking again.
    t.queries.reset();
    const organisations = t.context.get(OrganisationsService);
    expect((await organisations.load(ctx, other.id))?.name).toBe('Vinkelby Kommune');
    expect(await t.context.get(ContactsService).load(ctx, contact.id)).toBe(records[0]);
    expect(t.queries.count).toBe(0);
  });
});
