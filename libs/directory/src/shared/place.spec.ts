import { ValidationError } from '#core';
import { Offer, OffersService, Organisation, OrganisationsService, Sector, Unit, UnitsService, DirectoryModule } from '#directory';
import { ADMIN_CTX, createModuleContext, makeOffer, makeOrganisation, makeUnit, ok, type TestContext } from '#testing';

let t: TestContext;
const HELSINGOER = { latitude: 56.033, longitude: 12.613 };
const OSLO = { latitude: 59.91, longitude: 10.75 };

beforeAll(async () => {
  t = await createModuleContext({ imports: [DirectoryModule] });
});
afterAll(() => t?.close());

describe('addresses with coordinates', () => {
  it('stores an address and its coordinates on organisations, units and offers', async () => {
    const org = await makeOrganisation(t.context, { name: 'Stedkommune', address: 'Stengade 59, 3000 Helsingør', location: HELSINGOER });
    expect(org).toMatchObject({ address: 'Stengade 59, 3000 Helsingør', location: HELSINGOER });
    const unit = await makeUnit(t.context, {
      organisationId: org.id,
      name: 'Stedenheden',
      location: { latitude: 55.927, longitude: 12.308 },
    });
    expect(unit.location).toEqual({ latitude: 55.927, longitude: 12.308 });
    const offer = await makeOffer(t.context, {
      organisationId: org.id,
      name: 'Stedtilbuddet',
      location: { latitude: 55.101, longitude: 14.707 },
    });
    expect(offer.location).toEqual({ latitude: 55.101, longitude: 14.707 });
    const [row] = await t.database.dataSource.query(`SELECT latitude, longitude FROM offer WHERE id = $1`, [offer.id]);
    expect(row).toEqual({ latitude: 55.101, longitude: 14.707 });
  });

  it('keeps the coordinates when an update leaves them out, and clears them with null', async () => {
    const org = await makeOrganisation(t.context, { name: 'Flyttekommune', location: HELSINGOER });
    const organisations = t.context.get(OrganisationsService);
    expect(ok(await organisations.update(ADMIN_CTX, org.id, { name: 'Flyttet kommune' }), Organisation).location).toEqual(HELSINGOER);
    expect(ok(await organisations.update(ADMIN_CTX, org.id, { location: null }), Organisation).location).toBeNull();
    const unit = await makeUnit(t.context, { organisationId: org.id, name: 'Flytteenheden', location: HELSINGOER });
    const units = t.context.get(UnitsService);
    expect(ok(await units.update(ADMIN_CTX, unit.id, { description: 'Ny' }), Unit).location).toEqual(HELSINGOER);
    expect(ok(await units.update(ADMIN_CTX, unit.id, { location: { latitude: 56.1, longitude: 12.5 } }), Unit).location).toEqual({
      latitude: 56.1,
      longitude: 12.5,
    });
    const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Flyttetilbuddet', location: HELSINGOER });
    const offers = t.context.get(OffersService);
    expect(ok(await offers.update(ADMIN_CTX, offer.id, { name: 'Flyttet tilbud' }), Offer).location).toEqual(HELSINGOER);
    expect(ok(await offers.update(ADMIN_CTX, offer.id, { location: null }), Offer).location).toBeNull();
  });

  it('rejects coordinates outside Denmark with a Danish message on the field', async () => {
    const organisations = t.context.get(OrganisationsService);
    const result = await organisations.create(ADMIN_CTX, {
      name: 'Oslo Kommune',
      sector: Sector.MUNICIPAL,
      municipalityCode: '0217',
      location: OSLO,
    });
    expect(result).toBeInstanceOf(ValidationError);
    expect((result as ValidationError).fieldErrors).toEqual([
      { path: 'input.location.latitude', message: 'Breddegraden skal ligge i Danmark: mellem 54,5 og 57,8.' },
    ]);
    const org = await makeOrganisation(t.context, { name: 'Grænsekommune' });
    const swapped = await t.context.get(OffersService).update(ADMIN_CTX, (await makeOffer(t.context, { organisationId: org.id })).id, {
      location: { latitude: 12.6, longitude: 56.0 },
    });
    expect((swapped as ValidationError).fieldErrors.map((e) => e.path)).toEqual(['input.location.latitude', 'input.location.longitude']);
    const unit = await t.context
      .get(UnitsService)
      .create(ADMIN_CTX, { organisationId: org.id, name: 'Vest for Vesterhavet', location: { latitude: 56, longitude: 7.9 } });
    expect((unit as ValidationError).fieldErrors).toEqual([
      { path: 'input.location.longitude', message: 'Længdegraden skal ligge i Danmark: mellem 8,0 og 15,3.' },
    ]);
  });

  it('refuses coordinates outside Denmark in the database too', async () => {
    const org = await makeOrganisation(t.context, { name: 'Databasekommune' });
    await expect(
      t.database.dataSource.query(`UPDATE organisation SET latitude = 59.9, longitude = 10.7 WHERE id = $1`, [org.id]),
    ).rejects.toThrow(/organisation_location_check/);
    await expect(t.database.dataSource.query(`UPDATE organisation SET latitude = 56 WHERE id = $1`, [org.id])).rejects.toThrow(
      /organisation_location_check/,
    );
  });
});
