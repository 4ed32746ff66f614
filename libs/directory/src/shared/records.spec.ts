import { BadInputError } from '#core';
import { ContactsService, OffersService, UnitsService, DirectoryModule } from '#directory';
import { createModuleContext, type TestContext } from '#testing';

describe('list filters with bad values', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
  });
  afterAll(() => t.close());

  it("refuses an organisation or unit filter that is not a UUID, as the client's error", async () => {
    await expect(t.context.get(OffersService).list({ organisationId: 'helsingør' })).rejects.toThrow(BadInputError);
    await expect(t.context.get(ContactsService).list({ unitId: '42' })).rejects.toThrow('"unitId" skal være et gyldigt UUID');
    await expect(t.context.get(UnitsService).list({ organisationId: 'x' })).rejects.toThrow(BadInputError);
  });

  it('answers an unknown but well-formed id with an empty page', async () => {
    const page = await t.context.get(OffersService).list({ organisationId: '00000000-0000-0000-0000-000000000000' });
    expect(page.totalCount).toBe(0);
    expect(page.edges).toEqual([]);
  });

  it('refuses an unknown municipality, region, situation or problem tag instead of answering an empty list', async () => {
    const offers = t.context.get(OffersService);
    await expect(offers.list({ municipality: '9999' })).rejects.toThrow('Ukendt kommunekode: "9999"');
    await expect(offers.list({ municipality: 'abc' })).rejects.toThrow(BadInputError);
    await expect(offers.list({ region: 'nowhere' })).rejects.toThrow('Ukendt region');
    await expect(offers.list({ situation: 'nowhere' })).rejects.toThrow('Ukendt situation: "nowhere"');
    await expect(offers.list({ problemTag: 'discharge' })).rejects.toThrow('Ukendt problemtag');
    await expect(t.context.get(ContactsService).list({ situation: 'anxiety' })).rejects.toThrow(BadInputError);
  });

  it('accepts a region by key or official code', async () => {
    const offers = t.context.get(OffersService);
    expect((await offers.list({ region: 'hovedstaden' })).totalCount).toBe((await offers.list({ region: '1084' })).totalCount);
  });
});
