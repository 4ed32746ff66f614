import { AuditTrail, ForbiddenError, ValidationError } from '#core';
import { AccessRoute, ContactKind, ContactsService, DirectoryModule, OffersService } from '#directory';
import { ADMIN_CTX, createModuleContext, editorOf, makeOffer, makeOrganisation, type TestContext } from '#testing';

// importMany (a spreadsheet import's write path): the checks of create/update/verify on every item, all or none.
describe('importMany of contacts and offers', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
  });
  afterAll(() => t.close());

  it('creates, changes and confirms many at once, audited as the mutations audit them', async () => {
    const org = await makeOrganisation(t.context, { name: 'Massekommunen' });
    const existing = await makeOffer(t.context, { organisationId: org.id, name: 'Samtaler' });
    const offers = t.context.get(OffersService);
    const at = new Date('2026-11-03T12:00:00Z');
    const result = await offers.importMany(ADMIN_CTX, [
      { create: { organisationId: org.id, name: 'Nyt tilbud', accessRoute: AccessRoute.SELF_REFERRAL }, verify: { at, by: 'Import' } },
      { id: existing.id, update: { cost: 'Gratis' } },
    ]);
    if (!Array.isArray(result)) throw new Error(result.message);
    const [created, updated] = result;
    if (!('id' in created) || !('id' in updated)) throw new Error('refused');
    expect((await offers.load(ADMIN_CTX, created.id))?.lastVerifiedAt).toEqual(at);
    expect((await offers.load(ADMIN_CTX, existing.id))?.cost).toBe('Gratis');
    const audit = t.context.get(AuditTrail);
    expect((await audit.history(ADMIN_CTX, created.id)).map((e) => e.action).sort()).toEqual(['CREATE', 'VERIFY']);
    expect((await audit.history(ADMIN_CTX, existing.id)).map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
  });

  it('answers each refused item as its mutation would, and writes none of the items', async () => {
    const org = await makeOrganisation(t.context, { name: 'Afvisningsby' });
    const other = await makeOrganisation(t.context, { name: 'Naboby' });
    const contacts = t.context.get(ContactsService);
    const result = await contacts.importMany(editorOf(org.id), [
      { create: { organisationId: org.id, name: 'Vagttelefon', kind: ContactKind.FUNCTION } },
      { create: { organisationId: org.id, name: '', kind: ContactKind.FUNCTION } },
      { create: { organisationId: other.id, name: 'Andres vagt', kind: ContactKind.FUNCTION } },
    ]);
    if (!Array.isArray(result)) throw new Error(result.message);
    expect(result[1]).toBeInstanceOf(ValidationError);
    expect((result[1] as ValidationError).fieldErrors.map((e) => e.path)).toEqual(['input.name']);
    expect(result[2]).toBeInstanceOf(ForbiddenError);
    expect((await contacts.list({ organisationId: org.id })).edges).toEqual([]);
  });
});
