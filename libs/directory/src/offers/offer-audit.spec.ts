import { AuditTrail, RequestContext } from '#core';
import { OffersService, DirectoryModule } from '#directory';
import { ADMIN_CTX, createModuleContext, editorOf, makeOffer, makeOrganisation, type TestContext } from '#testing';

describe('audit trail of offers', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
  });
  afterAll(() => t.close());

  it('records who created, changed, verified and deleted a record, in order, newest first', async () => {
    const org = await makeOrganisation(t.context, { name: 'Revisionskommunen' });
    const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Samtaler' });
    const offers = t.context.get(OffersService);
    await offers.update(ADMIN_CTX, offer.id, { name: 'Samtaler for unge', cost: 'Gratis' });
    await offers.verify(ADMIN_CTX, { id: offer.id, verifiedBy: 'Hanne Holm' });
    await offers.delete(ADMIN_CTX, offer.id);

    const history = await t.context.get(AuditTrail).history(ADMIN_CTX, offer.id);
    expect(history.map((e) => e.action)).toEqual(['DELETE', 'VERIFY', 'UPDATE', 'CREATE']);
    expect(history.every((e) => e.accountId === ADMIN_CTX.accountId && e.entityType === 'Offer')).toBe(true);
    const update = history[2].changes;
    expect(update).toEqual(
      expect.arrayContaining([
        { field: 'name', before: '"Samtaler"', after: '"Samtaler for unge"' },
        { field: 'cost', before: null, after: '"Gratis"' },
      ]),
    );
    expect(update).toHaveLength(2);
    expect(history[1].changes.map((c) => c.field).sort()).toEqual(['lastVerifiedAt', 'lastVerifiedBy']);
  });

  it('writes nothing for a rejected change', async () => {
    const org = await makeOrganisation(t.context, { name: 'Afvisningskommunen' });
    const offer = await makeOffer(t.context, { organisationId: org.id });
    await t.context.get(OffersService).update(ADMIN_CTX, offer.id, { ageMin: 30, ageMax: 10 });
    await t.context.get(OffersService).update(new RequestContext(), offer.id, { name: 'Anonymt forsøg' });
    expect((await t.context.get(AuditTrail).history(ADMIN_CTX, offer.id)).map((e) => e.action)).toEqual(['CREATE']);
  });

  it("shows a record's history to editors of its organisation only, and never to anonymous callers", async () => {
    const mine = await makeOrganisation(t.context, { name: 'Min kommune' });
    const theirs = await makeOrganisation(t.context, { name: 'Andres kommune' });
    const offer = await makeOffer(t.context, { organisationId: mine.id });
    const audit = t.context.get(AuditTrail);
    expect(await audit.history(editorOf(mine.id), offer.id)).toHaveLength(1);
    await expect(audit.history(editorOf(theirs.id), offer.id)).rejects.toThrow('redaktør');
    await expect(audit.history(new RequestContext(), offer.id)).rejects.toThrow('Log ind');
  });
});
