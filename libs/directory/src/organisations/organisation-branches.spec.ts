import { BadInputError, ForbiddenError, RequestContext, ValidationError } from '#core';
import { Organisation, OrganisationsService, Sector, DirectoryModule } from '#directory';
import { ADMIN_CTX, createModuleContext, editorOf, makeOrganisation, ok, type TestContext } from '#testing';

const MISSING_ID = '7d2c9c1e-5b0a-4f4e-9a53-2f1d7c0b9e11';

describe('volunteer organisations and their local branches', () => {
  let t: TestContext;
  let organisations: OrganisationsService;

  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
    organisations = t.context.get(OrganisationsService);
  });
  afterAll(() => t.close());

  const volunteer = (name: string, extra: { municipalityCode?: string; region?: string; parentOrganisationId?: string } = {}) =>
    makeOrganisation(t.context, { name, sector: Sector.CIVIL_SOCIETY, municipalityCode: null, ...extra });

  function errorsOf(result: unknown): { path: string; message: string }[] {
    expect(result).toBeInstanceOf(ValidationError);
    return (result as ValidationError).fieldErrors.map(({ path, message }) => ({ path, message }));
  }

  async function rows(): Promise<string> {
    return JSON.stringify(await t.database.dataSource.query(`SELECT id, sector, parent_organisation_id FROM organisation ORDER BY id`));
  }

  describe('parent and branches', () => {
    it('links a local branch to its national organisation and lists it among the branches', async () => {
      const national = await volunteer('Landsforeningen Lys');
      const branch = await volunteer('Lys Sønderborg', { municipalityCode: '0540', parentOrganisationId: national.id });
      const other = await volunteer('Lys Herning', { municipalityCode: '0657' });
      expect(branch.parentOrganisationId).toBe(national.id);
      ok(await organisations.update(ADMIN_CTX, other.id, { parentOrganisationId: national.id }), Organisation);

      const ctx = new RequestContext();
      expect((await organisations.branchesOf(ctx, national.id)).map((o) => o.name)).toEqual(['Lys Herning', 'Lys Sønderborg']);
      expect(await organisations.branchesOf(ctx, branch.id)).toEqual([]);

      ok(await organisations.update(ADMIN_CTX, other.id, { parentOrganisationId: null }), Organisation);
      expect((await organisations.branchesOf(new RequestContext(), national.id)).map((o) => o.name)).toEqual(['Lys Sønderborg']);
      const history: { changes: unknown }[] = await t.database.dataSource.query(
        `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY occurred_at`,
        [other.id],
      );
      expect(JSON.stringify(history)).toContain('parentOrganisationId');
    });

    it('refuses a parent that does not exist or is not a UUID, and writes nothing', async () => {
      const before = await rows();
      expect(
        errorsOf(
          await organisations.create(ADMIN_CTX, { name: 'Forældreløs', sector: Sector.CIVIL_SOCIETY, parentOrganisationId: MISSING_ID }),
        ),
      ).toEqual([{ path: 'input.parentOrganisationId', message: 'Den overordnede organisation findes ikke.' }]);
      const invalid = errorsOf(
        await organisations.create(ADMIN_CTX, { name: 'Forældreløs', sector: Sector.CIVIL_SOCIETY, parentOrganisationId: 'lms' }),
      );
      expect(invalid).toEqual([{ path: 'input.parentOrganisationId', message: 'Den overordnede organisation skal være et gyldigt UUID.' }]);
      expect(await rows()).toBe(before);
    });

    it('refuses an organisation as its own parent', async () => {
      const org = await volunteer('Selvstændig Forening');
      expect(errorsOf(await organisations.update(ADMIN_CTX, org.id, { parentOrganisationId: org.id }))).toEqual([
        { path: 'input.parentOrganisationId', message: 'En organisation kan ikke være lokalafdeling af sig selv.' },
      ]);
    });

    it('refuses a loop, also through several levels, and writes nothing', async () => {
      const top = await volunteer('Top Forening');
      const middle = await volunteer('Mellem Forening', { region: 'syddanmark', parentOrganisationId: top.id });
      const bottom = await volunteer('Bund Forening', { municipalityCode: '0540', parentOrganisationId: middle.id });
      const before = await rows();
      for (const parent of [middle, bottom]) {
        const errors = errorsOf(await organisations.update(ADMIN_CTX, top.id, { parentOrganisationId: parent.id }));
        expect(errors).toEqual([
          { path: 'input.parentOrganisationId', message: `Det giver en løkke: "${parent.name}" hører allerede under denne organisation.` },
        ]);
      }
      expect(await rows()).toBe(before);
    });

    it('keeps branches to volunteer organisations, and says why', async () => {
      const municipal = await makeOrganisation(t.context, { name: 'Sønderborg Kommune', municipalityCode: '0540' });
      const national = await volunteer('Landsforeningen Mod');
      expect(
        errorsOf(
          await organisations.create(ADMIN_CTX, {
            name: 'Mod Sønderborg',
            sector: Sector.CIVIL_SOCIETY,
            municipalityCode: '0540',
            parentOrganisationId: municipal.id,
          }),
        ),
      ).toEqual([
        {
          path: 'input.parentOrganisationId',
          message: '"Sønderborg Kommune" er ikke en frivillig organisation og kan ikke have lokalafdelinger.',
        },
      ]);
      const errors = errorsOf(await organisations.update(ADMIN_CTX, municipal.id, { parentOrganisationId: national.id }));
      expect(errors[0].message).toMatch(/Kun frivillige organisationer \(CIVIL_SOCIETY\) kan være lokalafdelinger/);

      await volunteer('Mod Herning', { municipalityCode: '0657', parentOrganisationId: national.id });
      expect(errorsOf(await organisations.update(ADMIN_CTX, national.id, { sector: Sector.PRIVATE }))).toEqual([
        {
          path: 'input.sector',
          message: 'Organisationen har 1 lokalafdelinger og skal derfor være en frivillig organisation (CIVIL_SOCIETY).',
        },
      ]);
    });

    it("lets only the parent's editors and administrators attach a branch; the branch's editors may detach it", async () => {
      const national = await volunteer('Landsforeningen Håb');
      const branch = await volunteer('Håb Helsingør', { municipalityCode: '0217' });
      expect(await organisations.update(editorOf(branch.id), branch.id, { parentOrganisationId: national.id })).toBeInstanceOf(
        ForbiddenError,
      );
      const both = new RequestContext({
        kind: 'account',
        accountId: '00000000-0000-4000-8000-00000000ed02',
        grants: [
          { role: 'EDITOR', organisationId: branch.id },
          { role: 'EDITOR', organisationId: national.id },
        ],
      });
      expect(
        ok(await organisations.update(both, branch.id, { parentOrganisationId: national.id }), Organisation).parentOrganisationId,
      ).toBe(national.id);
      const detached = ok(await organisations.update(editorOf(branch.id), branch.id, { parentOrganisationId: null }), Organisation);
      expect(detached.parentOrganisationId).toBeNull();
      expect(await organisations.update(editorOf(branch.id), branch.id, { description: 'Uændret forælder' })).toBeInstanceOf(Organisation);
    });
  });

  describe('volunteerOrganisations', () => {
    let list: TestContext;
    let service: OrganisationsService;
    const names = async (municipality: string | null, page: { first?: number; after?: string } = {}) =>
      (await service.listVolunteers(municipality, page)).edges.map((e) => e.node.name);

    beforeAll(async () => {
      list = await createModuleContext({ imports: [DirectoryModule] });
      service = list.context.get(OrganisationsService);
      const make = async (name: string, extra: Record<string, string | null> = {}) =>
        ok(await service.create(ADMIN_CTX, { name, sector: Sector.CIVIL_SOCIETY, ...extra }), Organisation);
      const lms = await make('LMS');
      const headspace = await make('Headspace Danmark');
      await make('LMS Sønderborg', { municipalityCode: '0540', parentOrganisationId: lms.id });
      await make('Headspace Helsingør', { municipalityCode: '0217', parentOrganisationId: headspace.id });
      await make('Besøgsvennerne Sønderborg', { municipalityCode: '0540' });
      await make('Frivillig Syddanmark', { region: 'syddanmark' });
      await make('Frivillig Hovedstaden', { region: 'hovedstaden' });
      await service.create(ADMIN_CTX, { name: 'Aabenraa Kommune', sector: Sector.MUNICIPAL, municipalityCode: '0580' });
    });
    afterAll(() => list.close());

    it("lists the municipality's branches first, then the national organisations and those of its region", async () => {
      expect(await names('0540')).toEqual([
        'Besøgsvennerne Sønderborg',
        'LMS Sønderborg',
        'Frivillig Syddanmark',
        'Headspace Danmark',
        'LMS',
      ]);
      expect(await names('0217')).toEqual(['Headspace Helsingør', 'Frivillig Hovedstaden', 'Headspace Danmark', 'LMS']);
    });

    it('lists every volunteer organisation by name without a municipality', async () => {
      expect(await names(null)).toEqual([
        'Besøgsvennerne Sønderborg',
        'Frivillig Hovedstaden',
        'Frivillig Syddanmark',
        'Headspace Danmark',
        'Headspace Helsingør',
        'LMS',
        'LMS Sønderborg',
      ]);
    });

    it('pages in the same order', async () => {
      const first = await service.listVolunteers('0540', { first: 2 });
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(await names('0540', { first: 3, after: first.pageInfo.endCursor! })).toEqual([
        'Frivillig Syddanmark',
        'Headspace Danmark',
        'LMS',
      ]);
    });

    it('answers an unknown municipality code as bad input', async () => {
      await expect(service.listVolunteers('9999')).rejects.toBeInstanceOf(BadInputError);
      await expect(service.listVolunteers('Sønderborg')).rejects.toBeInstanceOf(BadInputError);
    });
  });
});
