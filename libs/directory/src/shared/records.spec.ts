import { BadInputError } from '#core';
import { ContactsService, OffersService, UnitsService } from '#directory';
import { createTestContext, type TestContext } from '#testing';

describe('id filters', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('refuses an organisation or unit filter that is not a UUID, as the client\'s error', async () => {
    await expect(t.context.get(OffersService).list({ organisationId: 'helsingør' })).rejects.toThrow(BadInputError);
    await expect(t.context.get(ContactsService).list({ unitId: '42' })).rejects.toThrow('"unitId" skal være et gyldigt UUID');
    await expect(t.context.get(UnitsService).list({ organisationId: 'x' })).rejects.toThrow(BadInputError);
  });

  it('answers an unknown but well-formed id with an empty page', async () => {
    const page = await t.context.get(OffersService).list({ organisationId: '00000000-0000-0000-0000-000000000000' });
    expect(page.totalCount).toBe(0);
    expect(page.edges).toEqual([]);
  });
});
