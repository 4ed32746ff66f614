import { TransactionalEvents, ValidationError } from '#core';
import { DIRECTORY_EVENTS, DirectoryModule, OffersService, type DirectoryEvent, type RecordChanged } from '#directory';
import { ADMIN_CTX, createModuleContext, makeOffer, makeOrganisation, type TestContext } from '#testing';

describe('events of directory changes', () => {
  let t: TestContext;
  const committed: (RecordChanged & { type: DirectoryEvent })[] = [];

  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
    for (const type of DIRECTORY_EVENTS) {
      t.context.get(TransactionalEvents).onCommitted(type, async (event) => {
        committed.push({ type, ...event });
      });
    }
  });
  afterAll(() => t.close());
  beforeEach(() => {
    committed.length = 0;
  });

  it('hands a change to after-commit subscribers once its transaction has committed', async () => {
    const org = await makeOrganisation(t.context, { name: 'Eventkommunen' });
    const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Eventtilbud' });
    expect(committed).toContainEqual({ type: 'OrganisationChanged', id: org.id, deleted: false });
    expect(committed).toContainEqual({ type: 'OfferChanged', id: offer.id, deleted: false });
  });

  it('tells nobody about a change whose transaction rolled back', async () => {
    const events = t.context.get(TransactionalEvents);
    await expect(
      t.database.dataSource.transaction(async (manager) => {
        await events.publish(manager, 'OfferChanged', { id: '00000000-0000-0000-0000-000000000001', deleted: false });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const rejected = await t.context
      .get(OffersService)
      .create(ADMIN_CTX, { name: '', organisationId: '00000000-0000-0000-0000-000000000000' });
    expect(rejected).toBeInstanceOf(ValidationError);
    expect(committed).toEqual([]);
  });

  it('does not let a failing subscriber undo the change it heard about', async () => {
    t.context.get(TransactionalEvents).onCommitted('OrganisationChanged', async () => {
      throw new Error('subscriber fejler');
    });
    const org = await makeOrganisation(t.context, { name: 'Robust kommune' });
    expect(committed).toContainEqual({ type: 'OrganisationChanged', id: org.id, deleted: false });
    const [{ count }]: { count: string }[] = await t.database.dataSource.query(`SELECT count(*) AS count FROM organisation WHERE id = $1`, [
      org.id,
    ]);
    expect(Number(count)).toBe(1);
  });
});
