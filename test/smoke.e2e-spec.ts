import { startTestApp, type TestApp } from '#testing';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the municipality contract query', async () => {
    const res = await t.graphql(`{ municipality(code: "0217") { code name region { name } later: region(at: "2027-02-01") { name } } }`);
    expect(res.data).toEqual({ municipality: { code: '0217', name: 'Helsingør', region: { name: 'Region Hovedstaden' }, later: { name: 'Region Østdanmark' } } });
  });
});
