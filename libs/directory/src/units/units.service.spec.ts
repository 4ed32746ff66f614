import { ConflictError, Deleted, NotFoundError, RequestContext, ValidationError } from '#core';
import { DirectoryModule, Unit, UnitKind, UnitsService, type Organisation } from '#directory';
import { ADMIN_CTX, createModuleContext, makeContact, makeOffer, makeOrganisation, makeUnit, ok, type TestContext } from '#testing';

const MISSING_ID = '3f0e5d7a-8c21-4b9e-a6d4-0c5b1e2f9a77';

describe('UnitsService', () => {
  let t: TestContext;
  let units: UnitsService;
  let org: Organisation;
  let otherOrg: Organisation;

  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
    units = t.context.get(UnitsService);
    org = await makeOrganisation(t.context, { name: 'Helsingør Kommune, Social og Sundhed' });
    otherOrg = await makeOrganisation(t.context, { name: 'Herning Kommune', municipalityCode: '0657' });
  });
  afterAll(() => t.close());

  async function snapshot(): Promise<string> {
    const rows = await t.database.dataSource.query(`SELECT id, parent_id, name, kind, updated_at FROM unit ORDER BY id`);
    const documents = await t.database.dataSource.query(`SELECT id, title, subtitle, body, updated_at FROM search_document ORDER BY id`);
    const [counts] = await t.database.dataSource.query(
      `SELECT (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM offer)::int AS offers`,
    );
    return JSON.stringify({ rows, documents, counts });
  }

  function fieldPaths(result: unknown): string[] {
    expect(result).toBeInstanceOf(ValidationError);
    return (result as ValidationError).fieldErrors.map((e) => e.path);
  }

  /** forvaltning → center → team, in `org`. */
  async function chain(prefix: string): Promise<[Unit, Unit, Unit]> {
    const top = await makeUnit(t.context, { organisationId: org.id, name: `${prefix} forvaltning`, kind: UnitKind.FORVALTNING });
    const middle = await makeUnit(t.context, { organisationId: org.id, name: `${prefix} center`, kind: UnitKind.CENTER, parentId: top.id });
    const leaf = await makeUnit(t.context, { organisationId: org.id, name: `${prefix} team`, parentId: middle.id });
    return [top, middle, leaf];
  }

  describe('tree', () => {
    it('builds a tree of units with parents and children', async () => {
      const [top, middle, leaf] = await chain('Træ');
      const sibling = await makeUnit(t.context, {
        organisationId: org.id,
        name: 'Træ afdeling',
        kind: UnitKind.AFDELING,
        parentId: top.id,
      });
      expect(leaf).toMatchObject({ organisationId: org.id, parentId: middle.id, kind: UnitKind.TEAM });
      const ctx = new RequestContext();
      expect((await units.topLevelOf(ctx, org.id)).map((u) => u.id)).toContain(top.id);
      expect((await units.topLevelOf(ctx, org.id)).map((u) => u.id)).not.toContain(middle.id);
      expect((await units.childrenOf(ctx, top.id)).map((u) => u.name)).toEqual([sibling.name, middle.name].sort());
      expect((await units.childrenOf(ctx, middle.id)).map((u) => u.id)).toEqual([leaf.id]);
      expect(await units.childrenOf(ctx, leaf.id)).toEqual([]);
    });

    it('loads the children of several units with one query per request', async () => {
      const [top, middle] = await chain('Batch');
      const ctx = new RequestContext();
      t.queries.reset();
      const [a, b] = await Promise.all([units.childrenOf(ctx, top.id), units.childrenOf(ctx, middle.id)]);
      expect([a.length, b.length]).toEqual([1, 1]);
      expect(t.queries.count).toBe(1);
    });

    it('lists units by organisation and kind', async () => {
      const own = await makeUnit(t.context, { organisationId: otherOrg.id, name: 'Herning Ungecenter', kind: UnitKind.CENTER });
      const list = await units.list({ organisationId: otherOrg.id }, { first: 100 });
      expect(list.edges.map((e) => e.node.id)).toEqual([own.id]);
      const centers = await units.list({ kind: UnitKind.CENTER }, { first: 100 });
      expect(centers.edges.every((e) => e.node.kind === UnitKind.CENTER)).toBe(true);
      expect(centers.edges.map((e) => e.node.id)).toContain(own.id);
      expect((await units.list({ municipality: '0657' }, { first: 100 })).edges.map((e) => e.node.id)).toEqual([own.id]);
    });
  });

  describe('create', () => {
    it('refuses a parent from another organisation, and writes nothing', async () => {
      const foreign = await makeUnit(t.context, { organisationId: otherOrg.id, name: 'Herning Socialpsykiatri' });
      const before = await snapshot();
      const result = await units.create(ADMIN_CTX, { name: 'Blandet', organisationId: org.id, parentId: foreign.id });
      expect(fieldPaths(result)).toEqual(['input.parentId']);
      expect(await snapshot()).toBe(before);
    });

    it('refuses a parent that does not exist, an unknown organisation and an empty name', async () => {
      const before = await snapshot();
      expect(fieldPaths(await units.create(ADMIN_CTX, { name: 'Forældreløs', organisationId: org.id, parentId: MISSING_ID }))).toEqual([
        'input.parentId',
      ]);
      expect(fieldPaths(await units.create(ADMIN_CTX, { name: 'Uden organisation', organisationId: MISSING_ID }))).toEqual([
        'input.organisationId',
      ]);
      expect(fieldPaths(await units.create(ADMIN_CTX, { name: '', organisationId: org.id }))).toEqual(['input.name']);
      expect(fieldPaths(await units.create(ADMIN_CTX, { name: 'Forkert id', organisationId: 'abc' }))).toEqual(['input.organisationId']);
      // All at once: an empty name, an unknown organisation and a parent that does not exist.
      expect(fieldPaths(await units.create(ADMIN_CTX, { name: '', organisationId: MISSING_ID, parentId: MISSING_ID })).sort()).toEqual([
        'input.name',
        'input.organisationId',
        'input.parentId',
      ]);
      expect(await snapshot()).toBe(before);
    });
  });

  describe('update', () => {
    it('moves a unit under another unit of the same organisation, and back to the top', async () => {
      const [top, , leaf] = await chain('Flyt');
      const moved = ok(await units.update(ADMIN_CTX, leaf.id, { parentId: top.id }), Unit);
      expect(moved.parentId).toBe(top.id);
      expect(ok(await units.update(ADMIN_CTX, leaf.id, { parentId: null }), Unit).parentId).toBeNull();
    });

    it('changes only the given fields', async () => {
      const unit = await makeUnit(t.context, { organisationId: org.id, name: 'Ungeteam Nord', description: 'For unge 15-25 år' });
      const updated = ok(await units.update(ADMIN_CTX, unit.id, { name: 'Ungeteam Nordkysten' }), Unit);
      expect(updated).toMatchObject({ name: 'Ungeteam Nordkysten', description: 'For unge 15-25 år', kind: UnitKind.TEAM, parentId: null });
    });

    it('refuses to put a unit under itself or under its own descendants, and writes nothing', async () => {
      const [top, middle, leaf] = await chain('Cyklus');
      const before = await snapshot();
      expect(fieldPaths(await units.update(ADMIN_CTX, top.id, { parentId: leaf.id }))).toEqual(['input.parentId']);
      expect(fieldPaths(await units.update(ADMIN_CTX, top.id, { parentId: middle.id }))).toEqual(['input.parentId']);
      expect(fieldPaths(await units.update(ADMIN_CTX, middle.id, { parentId: middle.id }))).toEqual(['input.parentId']);
      expect(await snapshot()).toBe(before);
    });

    it('refuses a parent from another organisation', async () => {
      const unit = await makeUnit(t.context, { organisationId: org.id, name: 'Bliver hjemme' });
      const foreign = await makeUnit(t.context, { organisationId: otherOrg.id, name: 'Herning Misbrugscenter' });
      expect(fieldPaths(await units.update(ADMIN_CTX, unit.id, { parentId: foreign.id }))).toEqual(['input.parentId']);
    });

    it('answers NotFoundError for a unit that does not exist', async () => {
      expect(await units.update(ADMIN_CTX, MISSING_ID, { name: 'Findes ikke' })).toBeInstanceOf(NotFoundError);
    });
  });

  describe('delete', () => {
    it('deletes a unit without sub-units, contacts or offers', async () => {
      const [, middle, leaf] = await chain('Slet');
      expect(await units.delete(ADMIN_CTX, leaf.id)).toBeInstanceOf(Deleted);
      expect(await units.load(new RequestContext(), leaf.id)).toBeNull();
      expect(await units.childrenOf(new RequestContext(), middle.id)).toEqual([]);
    });

    it('refuses while the unit has sub-units, and writes nothing', async () => {
      const [top] = await chain('Har børn');
      const before = await snapshot();
      expect(await units.delete(ADMIN_CTX, top.id)).toBeInstanceOf(ConflictError);
      expect(await snapshot()).toBe(before);
    });

    it.each(['contact', 'offer'] as const)('refuses while a %s is placed in the unit', async (kind) => {
      const unit = await makeUnit(t.context, { organisationId: org.id, name: `Har en ${kind}` });
      if (kind === 'contact') await makeContact(t.context, { organisationId: org.id, unitId: unit.id });
      else await makeOffer(t.context, { organisationId: org.id, unitId: unit.id });
      const before = await snapshot();
      expect(await units.delete(ADMIN_CTX, unit.id)).toBeInstanceOf(ConflictError);
      expect(await snapshot()).toBe(before);
    });

    it('answers NotFoundError for a unit that does not exist', async () => {
      expect(await units.delete(ADMIN_CTX, MISSING_ID)).toBeInstanceOf(NotFoundError);
    });
  });

  it('records who verified a unit', async () => {
    const unit = await makeUnit(t.context, { organisationId: org.id, name: 'Verificeret team' });
    const verified = ok(await units.verify(ADMIN_CTX, { id: unit.id, verifiedBy: 'Mette Holm' }), Unit);
    expect(verified.lastVerifiedBy).toBe('Mette Holm');
    expect(verified.lastVerifiedAt).toBeInstanceOf(Date);
  });
});
