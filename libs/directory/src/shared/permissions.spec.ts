import { Deleted, ForbiddenError, RequestContext } from '#core';
import {
  AccessRoute,
  Contact,
  DirectoryModule,
  ContactsService,
  Offer,
  OffersService,
  Organisation,
  OrganisationsService,
  Sector,
  Unit,
  UnitsService,
} from '#directory';
import {
  ADMIN_CTX,
  createModuleContext,
  editorOf,
  makeContact,
  makeOffer,
  makeOrganisation,
  makeUnit,
  ok,
  type TestContext,
} from '#testing';

const ANONYMOUS = new RequestContext();
const SIGN_IN = /Log ind/;
const ADMINS_ONLY = /administratorer/;
const NOT_YOURS = /redaktør/;
const VERIFIER = 'Hanne Jensen, koordinator';

type Kind = 'unit' | 'contact' | 'offer';
const KINDS: Kind[] = ['unit', 'contact', 'offer'];

/** The same four mutations for each kind; `place` is the unit a record sits in (for a unit: its parent). */
interface Operations {
  type: new () => { id: string };
  make(organisationId: string, place: string | null): Promise<{ id: string }>;
  create(ctx: RequestContext, organisationId: string, place: string | null): Promise<unknown>;
  update(ctx: RequestContext, id: string, patch?: { place: string | null }): Promise<unknown>;
  verify(ctx: RequestContext, id: string): Promise<unknown>;
  delete(ctx: RequestContext, id: string): Promise<unknown>;
}

describe('permissions in the directory services', () => {
  let t: TestContext;
  let organisations: OrganisationsService;
  let ops: Record<Kind, Operations>;
  let orgA: Organisation;
  let orgB: Organisation;
  /** In A: top → child, and sibling beside top. In B: unitB. */
  let top: Unit;
  let child: Unit;
  let sibling: Unit;
  let unitB: Unit;

  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
    organisations = t.context.get(OrganisationsService);
    const units = t.context.get(UnitsService);
    const contacts = t.context.get(ContactsService);
    const offers = t.context.get(OffersService);
    const c = t.context;
    ops = {
      unit: {
        type: Unit,
        make: (organisationId, place) => makeUnit(c, { organisationId, parentId: place, name: 'Eksisterende enhed' }),
        create: (ctx, organisationId, place) => units.create(ctx, { organisationId, parentId: place, name: 'Ny enhed' }),
        update: (ctx, id, patch) => units.update(ctx, id, patch ? { parentId: patch.place } : { name: 'Rettet' }),
        verify: (ctx, id) => units.verify(ctx, { id, verifiedBy: VERIFIER }),
        delete: (ctx, id) => units.delete(ctx, id),
      },
      contact: {
        type: Contact,
        make: (organisationId, place) => makeContact(c, { organisationId, unitId: place, name: 'Eksisterende kontakt' }),
        create: (ctx, organisationId, place) => contacts.create(ctx, { organisationId, unitId: place, name: 'Ny kontakt' }),
        update: (ctx, id, patch) => contacts.update(ctx, id, patch ? { unitId: patch.place } : { name: 'Rettet' }),
        verify: (ctx, id) => contacts.verify(ctx, { id, verifiedBy: VERIFIER }),
        delete: (ctx, id) => contacts.delete(ctx, id),
      },
      offer: {
        type: Offer,
        make: (organisationId, place) => makeOffer(c, { organisationId, unitId: place, name: 'Eksisterende tilbud' }),
        create: (ctx, organisationId, place) =>
          offers.create(ctx, { organisationId, unitId: place, name: 'Nyt tilbud', accessRoute: AccessRoute.SELF_REFERRAL }),
        update: (ctx, id, patch) => offers.update(ctx, id, patch ? { unitId: patch.place } : { name: 'Rettet' }),
        verify: (ctx, id) => offers.verify(ctx, { id, verifiedBy: VERIFIER }),
        delete: (ctx, id) => offers.delete(ctx, id),
      },
    };
    orgA = await makeOrganisation(c, { name: 'Rettighedsby A' });
    orgB = await makeOrganisation(c, { name: 'Rettighedsby B', municipalityCode: '0657' });
    top = await makeUnit(c, { organisationId: orgA.id, name: 'Forvaltning A' });
    child = await makeUnit(c, { organisationId: orgA.id, parentId: top.id, name: 'Team under forvaltning A' });
    sibling = await makeUnit(c, { organisationId: orgA.id, name: 'Naboenhed A' });
    unitB = await makeUnit(c, { organisationId: orgB.id, name: 'Enhed B' });
  });
  afterAll(() => t.close());

  /** Every row of the directory, the search index and the audit trail. */
  async function snapshot(): Promise<string> {
    const q = (sql: string) => t.database.dataSource.query(sql);
    const [counts] = await q(
      `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM unit)::int AS units,
              (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM offer)::int AS offers,
              (SELECT count(*) FROM search_document)::int AS documents, (SELECT count(*) FROM audit_event)::int AS audit`,
    );
    const rows = await Promise.all(['organisation', 'unit', 'contact', 'offer'].map((table) => q(`SELECT * FROM ${table} ORDER BY id`)));
    const documents = await q(`SELECT id, type, title, subtitle, body, municipality_codes, updated_at FROM search_document ORDER BY id`);
    return JSON.stringify({ counts, rows, documents });
  }

  /** The mutation answers ForbiddenError with a message matching `message`, and the database is as before. */
  async function expectForbidden(attempt: () => Promise<unknown>, message: RegExp): Promise<void> {
    const before = await snapshot();
    const result = await attempt();
    expect(result).toBeInstanceOf(ForbiddenError);
    expect(result).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(message) });
    expect(await snapshot()).toBe(before);
  }

  /** `ctx` creates, updates, verifies and deletes a `kind` in `place` of `organisationId`. */
  async function expectAllowed(ctx: RequestContext, kind: Kind, organisationId: string, place: string | null): Promise<void> {
    const op = ops[kind];
    const { id } = ok(await op.create(ctx, organisationId, place), op.type);
    expect(ok(await op.update(ctx, id), op.type)).toMatchObject({ id, name: 'Rettet' });
    expect(ok(await op.verify(ctx, id), op.type)).toMatchObject({ id, lastVerifiedBy: VERIFIER });
    expect(await op.delete(ctx, id)).toEqual(Object.assign(new Deleted(), { id }));
  }

  /** `ctx` can neither create a `kind` in `place` nor update, verify or delete one there. */
  async function expectRefused(ctx: RequestContext, kind: Kind, organisationId: string, place: string | null): Promise<void> {
    const op = ops[kind];
    const existing = await op.make(organisationId, place);
    await expectForbidden(() => op.create(ctx, organisationId, place), NOT_YOURS);
    await expectForbidden(() => op.update(ctx, existing.id), NOT_YOURS);
    await expectForbidden(() => op.verify(ctx, existing.id), NOT_YOURS);
    await expectForbidden(() => op.delete(ctx, existing.id), NOT_YOURS);
  }

  describe('an anonymous caller', () => {
    it('may not create, update, delete or verify an organisation', async () => {
      const empty = await makeOrganisation(t.context, { name: 'Anonymt forsøg' });
      const input = { name: 'Anonym Kommune', sector: Sector.MUNICIPAL, municipalityCode: '0217' };
      await expectForbidden(() => organisations.create(ANONYMOUS, input), SIGN_IN);
      await expectForbidden(() => organisations.update(ANONYMOUS, empty.id, { name: 'Omdøbt' }), SIGN_IN);
      await expectForbidden(() => organisations.delete(ANONYMOUS, empty.id), SIGN_IN);
      await expectForbidden(() => organisations.verify(ANONYMOUS, { id: empty.id, verifiedBy: VERIFIER }), SIGN_IN);
    });

    it.each(KINDS)('may not create, update, delete or verify %s records', async (kind) => {
      const op = ops[kind];
      // An empty record an administrator could delete, so only the missing sign-in stands in the way.
      const existing = await op.make(orgA.id, top.id);
      await expectForbidden(() => op.create(ANONYMOUS, orgA.id, top.id), SIGN_IN);
      await expectForbidden(() => op.update(ANONYMOUS, existing.id), SIGN_IN);
      await expectForbidden(() => op.delete(ANONYMOUS, existing.id), SIGN_IN);
      await expectForbidden(() => op.verify(ANONYMOUS, existing.id), SIGN_IN);
    });
  });

  describe('organisations', () => {
    it('are created and deleted by administrators only', async () => {
      const input = { name: 'Kun for administratorer', sector: Sector.MUNICIPAL, municipalityCode: '0217' };
      await expectForbidden(() => organisations.create(editorOf(orgA.id), input), ADMINS_ONLY);
      const empty = await makeOrganisation(t.context, { name: 'Slettes af administrator' });
      await expectForbidden(() => organisations.delete(editorOf(empty.id), empty.id), ADMINS_ONLY);

      const created = ok(await organisations.create(ADMIN_CTX, input), Organisation);
      expect(await organisations.delete(ADMIN_CTX, created.id)).toEqual(Object.assign(new Deleted(), { id: created.id }));
      expect(await organisations.delete(ADMIN_CTX, empty.id)).toBeInstanceOf(Deleted);
    });

    it("are updated and verified by their own editors, but not by another organisation's", async () => {
      const own = await makeOrganisation(t.context, { name: 'Egen organisation' });
      const editor = editorOf(own.id);
      expect(ok(await organisations.update(editor, own.id, { name: 'Egen organisation, omdøbt' }), Organisation).name).toBe(
        'Egen organisation, omdøbt',
      );
      expect(ok(await organisations.verify(editor, { id: own.id, verifiedBy: VERIFIER }), Organisation).lastVerifiedBy).toBe(VERIFIER);
      await expectForbidden(() => organisations.update(editor, orgB.id, { name: 'Ikke din' }), NOT_YOURS);
      await expectForbidden(() => organisations.verify(editor, { id: orgB.id, verifiedBy: VERIFIER }), NOT_YOURS);
    });

    it('are not changed by an editor of one of their units', async () => {
      const unitEditor = editorOf(orgA.id, top.id);
      await expectForbidden(() => organisations.update(unitEditor, orgA.id, { name: 'Ikke din' }), NOT_YOURS);
      await expectForbidden(() => organisations.verify(unitEditor, { id: orgA.id, verifiedBy: VERIFIER }), NOT_YOURS);
    });
  });

  describe('an editor of organisation A', () => {
    it.each(KINDS)("creates, updates, verifies and deletes A's %s records, at organisation level and in units", async (kind) => {
      await expectAllowed(editorOf(orgA.id), kind, orgA.id, null);
      await expectAllowed(editorOf(orgA.id), kind, orgA.id, child.id);
    });

    it.each(KINDS)("gets ForbiddenError for organisation B's %s records", async (kind) => {
      await expectRefused(editorOf(orgA.id), kind, orgB.id, null);
      await expectRefused(editorOf(orgA.id), kind, orgB.id, unitB.id);
    });
  });

  describe('an editor of one unit', () => {
    const unitEditor = () => editorOf(orgA.id, top.id);

    it.each(KINDS)('changes %s records in that unit and in the units below it', async (kind) => {
      await expectAllowed(unitEditor(), kind, orgA.id, top.id);
      await expectAllowed(unitEditor(), kind, orgA.id, child.id);
    });

    it.each(KINDS)('gets ForbiddenError for %s records in a sibling unit or at organisation level', async (kind) => {
      await expectRefused(unitEditor(), kind, orgA.id, sibling.id);
      await expectRefused(unitEditor(), kind, orgA.id, null);
    });

    it.each(KINDS)('moves %s records within the subtree, but not into a unit outside it', async (kind) => {
      const record = await ops[kind].make(orgA.id, child.id);
      await expectForbidden(() => ops[kind].update(unitEditor(), record.id, { place: sibling.id }), NOT_YOURS);
      await expectForbidden(() => ops[kind].update(unitEditor(), record.id, { place: unitB.id }), NOT_YOURS);
      const moved = ok(await ops[kind].update(unitEditor(), record.id, { place: top.id }), ops[kind].type);
      expect(moved).toMatchObject(kind === 'unit' ? { parentId: top.id } : { unitId: top.id });
    });

    it.each(KINDS)('may not move %s records out of the subtree to organisation level', async (kind) => {
      const record = await ops[kind].make(orgA.id, child.id);
      await expectForbidden(() => ops[kind].update(unitEditor(), record.id, { place: null }), NOT_YOURS);
    });
  });
});
