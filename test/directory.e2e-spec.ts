import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

// Organisation → unit → contact → offer through GraphQL only, answered as typed unions.
const FAILURE = `... on ErrorResult { code message } ... on ValidationError { fieldErrors { path message } } ... on NotFoundError { missingId: id }`;
const DELETE_RESULT = `... on Deleted { deletedId: id } ... on ErrorResult { code message } ... on NotFoundError { missingId: id }`;
const ORG = `... on Organisation { id name sector website municipality { code } createdAt lastVerifiedAt lastVerifiedBy }`;
const UNIT = `... on Unit { id name kind parent { id } organisation { id } createdAt lastVerifiedAt lastVerifiedBy }`;
const CONTACT = `... on Contact { id name kind deputy { id } unit { id } channels { kind value visibility } createdAt lastVerifiedAt lastVerifiedBy }`;
const OFFER = `... on Offer { id name accessRoute ageMin ageMax unit { id } situations { key } createdAt lastVerifiedAt lastVerifiedBy }`;

type Node = { __typename: string; id: string; name: string; [field: string]: unknown };
type Result = Node & { code?: string; message?: string; missingId?: string; fieldErrors?: { path: string; message: string }[] };
type Connection = {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

const FILTERS: Record<string, string> = {
  offers: 'OfferFilter',
  contacts: 'ContactFilter',
  units: 'UnitFilter',
  organisations: 'OrganisationFilter',
};
const paths = (result: Result) => (result.fieldErrors ?? []).map((e) => e.path);
const namesOf = (connection: Connection) => connection.edges.map((e) => e.node.name);
const idsOf = (connection: Connection) => connection.edges.map((e) => e.node.id);

describe('directory over GraphQL', () => {
  let t: TestApp;
  /** Mutating the directory needs a signed-in editor or administrator; reads stay anonymous. */
  let adminToken: string;

  /** Runs one field with typed variables and returns its value; transport-level errors fail the test. */
  async function call(field: string, variables: Record<string, [type: string, value: unknown]>, selection: string): Promise<Result> {
    const names = Object.keys(variables);
    const op = /^(create|update|delete|verify)/.test(field) ? 'mutation' : 'query';
    const signature = names.map((n) => `$${n}: ${variables[n][0]}`).join(', ');
    const args = names.map((n) => `${n}: $${n}`).join(', ');
    const values = Object.fromEntries(names.map((n) => [n, variables[n][1]]));
    const res = await t.graphql<Record<string, Result>>(
      `${op}(${signature}) { ${field}(${args}) { __typename ${selection} } }`,
      values,
      op === 'mutation' ? { token: adminToken } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data![field];
  }
  const create = (type: string, input: object, selection: string) =>
    call(`create${type}`, { input: [`Create${type}Input!`, input] }, `${selection} ${FAILURE}`);
  const update = (type: string, id: string, input: object, selection: string) =>
    call(`update${type}`, { id: ['ID!', id], input: [`Update${type}Input!`, input] }, `${selection} ${FAILURE}`);
  const verify = (type: string, id: string, verifiedBy: string, selection: string) =>
    call(`verify${type}`, { input: ['VerifyInput!', { id, verifiedBy }] }, `${selection} ${FAILURE}`);
  const remove = (type: string, id: string) => call(`delete${type}`, { id: ['ID!', id] }, DELETE_RESULT);
  const get = (field: string, id: string, selection: string) => call(field, { id: ['ID!', id] }, selection);
  const list = async (field: string, args: Record<string, unknown>): Promise<Connection> => {
    const res = await t.graphql<Record<string, Connection>>(
      `query($filter: ${FILTERS[field]}, $first: Int, $after: String) { ${field}(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
      args,
    );
    expect(res.errors).toBeUndefined();
    return res.data![field];
  };
  const newOrganisation = async (name: string, municipalityCode = '0217') =>
    (await create('Organisation', { name, sector: 'MUNICIPAL', municipalityCode }, ORG)).id;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await signInAsAdmin(t);
  });
  afterAll(() => t?.close());

  describe('create', () => {
    it('creates an organisation, a unit tree, a contact with a deputy and an offer, each as its own type', async () => {
      const org = await create(
        'Organisation',
        { name: 'Opretteby Kommune', sector: 'MUNICIPAL', municipalityCode: '0217', website: 'https://opretteby.example' },
        ORG,
      );
      expect(org).toMatchObject({
        __typename: 'Organisation',
        name: 'Opretteby Kommune',
        sector: 'MUNICIPAL',
        municipality: { code: '0217' },
        lastVerifiedAt: null,
      });

      const top = await create('Unit', { name: 'Social- og Sundhedsforvaltningen', organisationId: org.id, kind: 'FORVALTNING' }, UNIT);
      const team = await create('Unit', { name: 'Ungeteamet', organisationId: org.id, parentId: top.id }, UNIT);
      expect(top).toMatchObject({ __typename: 'Unit', kind: 'FORVALTNING', parent: null, organisation: { id: org.id } });
      expect(team).toMatchObject({ __typename: 'Unit', kind: 'TEAM', parent: { id: top.id } });
      const tree = await t.graphql<{ organisation: { units: { id: string; children: { id: string }[] }[] } }>(
        `query($id: ID!) { organisation(id: $id) { units { id children { id } } } }`,
        { id: org.id },
      );
      expect(tree.data!.organisation.units).toEqual([{ id: top.id, children: [{ id: team.id }] }]);

      const deputy = await create('Contact', { name: 'Vagttelefonen', organisationId: org.id, unitId: team.id }, CONTACT);
      const person = await create(
        'Contact',
        { name: 'Anne Opret', kind: 'PERSON', organisationId: org.id, unitId: team.id, deputyId: deputy.id },
        CONTACT,
      );
      expect(deputy).toMatchObject({ __typename: 'Contact', kind: 'FUNCTION', deputy: null, unit: { id: team.id } });
      expect(person).toMatchObject({ __typename: 'Contact', kind: 'PERSON', deputy: { id: deputy.id } });

      const offer = await create(
        'Offer',
        {
          name: 'Samtaler for unge',
          organisationId: org.id,
          unitId: team.id,
          accessRoute: 'SELF_REFERRAL',
          ageMin: 13,
          ageMax: 25,
          situations: ['transition-18'],
        },
        OFFER,
      );
      expect(offer).toMatchObject({
        __typename: 'Offer',
        accessRoute: 'SELF_REFERRAL',
        ageMin: 13,
        ageMax: 25,
        unit: { id: team.id },
        situations: [{ key: 'transition-18' }],
      });
      const read = await get('offer', offer.id, OFFER);
      expect(read).toEqual({ ...offer, __typename: 'Offer' });
    });

    it('answers a ValidationError naming each bad field, and writes nothing', async () => {
      const before = (await list('organisations', {})).totalCount;
      const noCode = await create('Organisation', { name: 'Uden kode', sector: 'MUNICIPAL' }, ORG);
      expect(noCode).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
      // A rule across fields is named on the field sent: the sector that asks for a municipality.
      expect(paths(noCode)).toEqual(['input.sector']);
      const unknown = await create('Organisation', { name: 'Ukendt kode', sector: 'MUNICIPAL', municipalityCode: '9999' }, ORG);
      expect(paths(unknown)).toContain('input.municipalityCode');
      expect((await list('organisations', {})).totalCount).toBe(before);

      const missingOrg = await create('Unit', { name: 'Forældreløs', organisationId: '00000000-0000-4000-8000-000000000000' }, UNIT);
      expect(paths(missingOrg)).toEqual(['input.organisationId']);
      const orgId = await newOrganisation('Valideringsby');
      const visitation = await create('Offer', { name: 'Bostøtte', organisationId: orgId, accessRoute: 'VISITATION' }, OFFER);
      expect(paths(visitation)).toContain('input.decidedBy');
      const ages = await create(
        'Offer',
        { name: 'Omvendt alder', organisationId: orgId, accessRoute: 'REFERRAL', ageMin: 30, ageMax: 18 },
        OFFER,
      );
      expect(paths(ages)).toContain('input.ageMax');
      const badPhone = await create(
        'Contact',
        { name: 'Forkert nummer', organisationId: orgId, channels: [{ kind: 'PHONE', value: '123' }] },
        CONTACT,
      );
      expect(paths(badPhone)).toContain('input.channels.0.value');
      expect((await list('offers', { filter: { organisationId: orgId } })).totalCount).toBe(0);
      expect((await list('contacts', { filter: { organisationId: orgId } })).totalCount).toBe(0);
    });

    it('refuses a parent unit from another organisation', async () => {
      const a = await newOrganisation('Enhedsby A');
      const b = await newOrganisation('Enhedsby B');
      const foreign = await create('Unit', { name: 'Center i B', organisationId: b }, UNIT);
      const result = await create('Unit', { name: 'Team i A', organisationId: a, parentId: foreign.id }, UNIT);
      expect(result.__typename).toBe('ValidationError');
      expect(paths(result)).toEqual(['input.parentId']);
    });
  });

  describe('channels', () => {
    it('shows an anonymous client the PUBLIC phone of a contact but never the STAFF line', async () => {
      const orgId = await newOrganisation('Kanalby Kommune');
      const channels = [
        { kind: 'PHONE', value: '33 12 34 56', label: 'Hovednummer' },
        { kind: 'PHONE', value: '22 33 44 55', label: 'Direkte', visibility: 'STAFF' },
      ];
      const created = await create('Contact', { name: 'Kanalkontakten', organisationId: orgId, channels }, CONTACT);
      const read = await t.graphql<{ contact: { channels: { value: string }[] } }>(
        `query($id: ID!) { contact(id: $id) { channels { value } } }`,
        { id: created.id },
      );
      expect(read.data!.contact.channels).toEqual([{ value: '+45 33 12 34 56' }]);
      // The signed-in administrator who created it sees both lines, normalised.
      expect(created.channels).toEqual([
        { kind: 'PHONE', value: '+45 33 12 34 56', visibility: 'PUBLIC' },
        { kind: 'PHONE', value: '+45 22 33 44 55', visibility: 'STAFF' },
      ]);

      const listed = await t.graphql<{ contacts: { edges: { node: { channels: { value: string }[] } }[] } }>(
        `query($org: ID) { contacts(filter: { organisationId: $org }) { edges { node { channels { value } } } } }`,
        { org: orgId },
      );
      expect(listed.data!.contacts.edges.flatMap((e) => e.node.channels.map((c) => c.value))).toEqual(['+45 33 12 34 56']);
      expect(JSON.stringify(listed)).not.toContain('22 33 44 55');
    });

    it('hides STAFF channels of offers too', async () => {
      const orgId = await newOrganisation('Tilbudskanalby');
      const channels = [
        { kind: 'EMAIL', value: 'visitation@kanal.example', visibility: 'STAFF' },
        { kind: 'WEB', value: 'https://kanal.example/tilbud' },
      ];
      const offer = await create('Offer', { name: 'Kanaltilbud', organisationId: orgId, accessRoute: 'REFERRAL', channels }, OFFER);
      const read = await t.graphql<{ offer: { channels: { value: string }[] } }>(
        `query($id: ID!) { offer(id: $id) { channels { value } } }`,
        { id: offer.id },
      );
      expect(read.data!.offer.channels).toEqual([{ value: 'https://kanal.example/tilbud' }]);
    });
  });

  describe('update and verify', () => {
    it('changes only the given fields and answers NotFoundError for an unknown id', async () => {
      const org = await create(
        'Organisation',
        { name: 'Før Kommune', sector: 'MUNICIPAL', municipalityCode: '0217', website: 'https://foer.example' },
        ORG,
      );
      const renamed = await update('Organisation', org.id, { name: 'Efter Kommune' }, ORG);
      expect(renamed).toMatchObject({
        __typename: 'Organisation',
        id: org.id,
        name: 'Efter Kommune',
        website: 'https://foer.example',
        municipality: { code: '0217' },
      });

      const offer = await create(
        'Offer',
        { name: 'Aldersforløb', organisationId: org.id, accessRoute: 'REFERRAL', ageMin: 13, ageMax: 17 },
        OFFER,
      );
      expect(await update('Offer', offer.id, { ageMax: 25 }, OFFER)).toMatchObject({
        __typename: 'Offer',
        ageMin: 13,
        ageMax: 25,
        name: 'Aldersforløb',
      });
      // On the field sent (ageMin), not on the stored ageMax it conflicts with.
      const invalid = await update('Offer', offer.id, { ageMin: 40 }, OFFER);
      expect(paths(invalid)).toEqual(['input.ageMin']);
      expect(await get('offer', offer.id, OFFER)).toMatchObject({ ageMin: 13, ageMax: 25 });

      const missing = '00000000-0000-4000-8000-000000000001';
      for (const type of ['Organisation', 'Unit', 'Contact', 'Offer']) {
        expect(await update(type, missing, { name: 'Ingen' }, '')).toMatchObject({
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          missingId: missing,
        });
      }
    });

    it('refuses a contact as its own deputy and a unit under its own child', async () => {
      const orgId = await newOrganisation('Kredsby');
      const contact = await create('Contact', { name: 'Selvstændig', organisationId: orgId }, CONTACT);
      expect(paths(await update('Contact', contact.id, { deputyId: contact.id }, CONTACT))).toEqual(['input.deputyId']);
      const parent = await create('Unit', { name: 'Over', organisationId: orgId }, UNIT);
      const child = await create('Unit', { name: 'Under', organisationId: orgId, parentId: parent.id }, UNIT);
      expect(paths(await update('Unit', parent.id, { parentId: child.id }, UNIT))).toEqual(['input.parentId']);
    });

    it('records who verified each kind of record, and when', async () => {
      const orgId = await newOrganisation('Tjekby Kommune');
      const records: [string, string, string][] = [
        ['Organisation', orgId, ORG],
        ['Unit', (await create('Unit', { name: 'Tjekteam', organisationId: orgId }, UNIT)).id, UNIT],
        ['Contact', (await create('Contact', { name: 'Tjeklinjen', organisationId: orgId }, CONTACT)).id, CONTACT],
        ['Offer', (await create('Offer', { name: 'Tjektilbud', organisationId: orgId, accessRoute: 'ANONYMOUS' }, OFFER)).id, OFFER],
      ];
      for (const [type, id, selection] of records) {
        expect(await get(type.toLowerCase(), id, selection)).toMatchObject({ lastVerifiedAt: null, lastVerifiedBy: null });
        const verified = await verify(type, id, 'Hanne Jensen, koordinator', selection);
        expect(verified).toMatchObject({ __typename: type, id });
        expect(Date.parse(verified.lastVerifiedAt as string)).toBeGreaterThanOrEqual(Date.parse(verified.createdAt as string));
        expect(await get(type.toLowerCase(), id, selection)).toMatchObject({ lastVerifiedAt: verified.lastVerifiedAt });
        expect(verified.lastVerifiedBy).toBe('Hanne Jensen, koordinator');
      }
      const nobody = await verify('Offer', records[3][1], '  ', OFFER);
      expect(paths(nobody)).toEqual(['input.verifiedBy']);
    });
  });

  describe('delete', () => {
    it('refuses to delete what still has content, then deletes bottom-up', async () => {
      const orgId = await newOrganisation('Sletteby Kommune');
      const top = await create('Unit', { name: 'Sletteforvaltningen', organisationId: orgId, kind: 'FORVALTNING' }, UNIT);
      const team = await create('Unit', { name: 'Sletteteamet', organisationId: orgId, parentId: top.id }, UNIT);
      const deputy = await create('Contact', { name: 'Stedfortræderen', organisationId: orgId, unitId: team.id }, CONTACT);
      const person = await create(
        'Contact',
        { name: 'Hovedpersonen', kind: 'PERSON', organisationId: orgId, deputyId: deputy.id },
        CONTACT,
      );
      const offer = await create('Offer', { name: 'Slettetilbud', organisationId: orgId, unitId: team.id, accessRoute: 'REFERRAL' }, OFFER);

      expect(await remove('Organisation', orgId)).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
      expect(await remove('Unit', top.id)).toMatchObject({ __typename: 'ConflictError' });
      expect(await remove('Unit', team.id)).toMatchObject({ __typename: 'ConflictError' });

      expect(await remove('Offer', offer.id)).toEqual({ __typename: 'Deleted', deletedId: offer.id });
      expect(await get('offer', offer.id, OFFER)).toBeNull();
      expect(await remove('Offer', offer.id)).toMatchObject({ __typename: 'NotFoundError', missingId: offer.id });

      expect(await remove('Contact', deputy.id)).toEqual({ __typename: 'Deleted', deletedId: deputy.id });
      expect(await get('contact', person.id, CONTACT)).toMatchObject({ id: person.id, deputy: null });
      expect(await remove('Contact', person.id)).toMatchObject({ __typename: 'Deleted' });
      expect(await remove('Unit', team.id)).toMatchObject({ __typename: 'Deleted' });
      expect(await remove('Unit', top.id)).toMatchObject({ __typename: 'Deleted' });
      expect(await remove('Organisation', orgId)).toEqual({ __typename: 'Deleted', deletedId: orgId });
      expect(await get('organisation', orgId, ORG)).toBeNull();
      expect(await remove('Organisation', 'not-a-uuid')).toMatchObject({ __typename: 'NotFoundError', missingId: 'not-a-uuid' });
    });
  });

  describe('connections', () => {
    let herning: string;
    let furesoe: string;
    let covering: string;
    const names = ['Paging A', 'Paging B', 'Paging C', 'Paging D', 'Paging E', 'Paging F', 'Paging G'];

    beforeAll(async () => {
      herning = await newOrganisation('Forbindelse Herning', '0657');
      furesoe = await newOrganisation('Forbindelse Furesø', '0190');
      // Created out of order, so the list has to sort them.
      for (const [i, name] of [...names].reverse().entries()) {
        const route = i % 2 === 0 ? 'REFERRAL' : 'SELF_REFERRAL';
        await create(
          'Offer',
          {
            name,
            organisationId: herning,
            accessRoute: route,
            ageMin: 10 + i,
            ageMax: 20 + i,
            situations: i < 2 ? ['discharge-child-youth-psychiatry'] : [],
          },
          OFFER,
        );
      }
      await create('Offer', { name: 'Kun Furesø', organisationId: furesoe, accessRoute: 'REFERRAL' }, OFFER);
      covering = (
        await create(
          'Offer',
          { name: 'Furesø dækker Herning', organisationId: furesoe, accessRoute: 'REFERRAL', municipalityCodes: ['0657'] },
          OFFER,
        )
      ).id;
      await create('Contact', { name: 'Åse Person', kind: 'PERSON', organisationId: herning }, CONTACT);
      await create('Contact', { name: 'Bvagt', organisationId: herning }, CONTACT);
    });

    it("pages through an organisation's offers in name order with cursors, without gaps or repeats", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const connection: Connection = await list('offers', { filter: { organisationId: herning }, first: 3, after });
        expect(connection.totalCount).toBe(names.length);
        seen.push(...namesOf(connection));
        expect(connection.pageInfo.hasNextPage).toBe(seen.length < names.length);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(names);
    });

    it('filters offers by the municipality they serve, own or covered', async () => {
      const served = await list('offers', { filter: { municipality: '0657' }, first: 100 });
      expect(served.totalCount).toBe(names.length + 1);
      expect(idsOf(served)).toContain(covering);
      expect(namesOf(await list('offers', { filter: { municipality: '0190' }, first: 100 }))).toEqual(['Kun Furesø']);
    });

    it('filters offers by access route, age and situation (with sub-situations)', async () => {
      const own = { organisationId: herning };
      expect((await list('offers', { filter: { ...own, accessRoute: 'SELF_REFERRAL' } })).totalCount).toBe(3);
      // Ages 10+i..20+i for i = 0..6: age 10 only fits i = 0 (Paging G); age 20 fits all.
      expect(namesOf(await list('offers', { filter: { ...own, age: 10 } }))).toEqual(['Paging G']);
      expect((await list('offers', { filter: { ...own, age: 20 } })).totalCount).toBe(names.length);
      expect(namesOf(await list('offers', { filter: { ...own, situation: 'discharge' } }))).toEqual(['Paging F', 'Paging G']);
    });

    it('lists contacts with functions before persons, filtered by kind', async () => {
      const all = await list('contacts', { filter: { organisationId: herning } });
      expect(namesOf(all)).toEqual(['Bvagt', 'Åse Person']);
      expect(namesOf(await list('contacts', { filter: { organisationId: herning, kind: 'PERSON' } }))).toEqual(['Åse Person']);
    });

    it('filters units by organisation and kind', async () => {
      const centre = await create('Unit', { name: 'Forbindelsescenter', organisationId: furesoe, kind: 'CENTER' }, UNIT);
      await create('Unit', { name: 'Forbindelsesteam', organisationId: furesoe, parentId: centre.id }, UNIT);
      expect(namesOf(await list('units', { filter: { organisationId: furesoe } }))).toEqual(['Forbindelsescenter', 'Forbindelsesteam']);
      expect(idsOf(await list('units', { filter: { organisationId: furesoe, kind: 'CENTER' } }))).toEqual([centre.id]);
    });

    it('filters organisations by words in the name and by municipality', async () => {
      expect(idsOf(await list('organisations', { filter: { nameContains: 'forbindelse' } })).sort()).toEqual([furesoe, herning].sort());
      expect(idsOf(await list('organisations', { filter: { municipality: '0190' } }))).toEqual([furesoe]);
    });
  });
});
