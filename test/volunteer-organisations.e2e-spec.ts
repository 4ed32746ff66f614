import { AccountsService } from '#auth';
import { startTestApp, type TestApp } from './support/test-app.js';
import { DEMO_PASSWORD } from '#demo';

interface Org {
  id: string;
  name: string;
  municipality: { code: string } | null;
  parentOrganisation: { name: string } | null;
  branches: { name: string }[];
}

/** Volunteer organisations over HTTP on the demo data: branches, the municipality list, search and hosted theme days. */
describe('volunteer organisations', () => {
  let t: TestApp;
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
  const signIn = async (email: string, password = DEMO_PASSWORD) =>
    (
      await t.graphql<{ signIn: { accessToken: string } }>(
        `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
        { e: email, p: password },
      )
    ).data!.signIn.accessToken;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  const ORG_FIELDS = `id name municipality { code } parentOrganisation { name } branches { name }`;

  it("lists Sønderborg's local branch first, with its national organisation, then the national ones", async () => {
    const res = await t.graphql<{ volunteerOrganisations: { totalCount: number; edges: { node: Org }[] } }>(
      `query { volunteerOrganisations(municipality: "0540", first: 100) { totalCount edges { node { ${ORG_FIELDS} } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.volunteerOrganisations.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({ name: 'LMS Sønderborg', municipality: { code: '0540' } });
    expect(nodes[0].parentOrganisation?.name).toMatch(/^LMS – Landsforeningen/);
    const rest = nodes.slice(1);
    expect(rest.every((o) => o.municipality === null)).toBe(true);
    expect(rest.map((o) => o.name)).toEqual(expect.arrayContaining(['Angstforeningen', 'Headspace Danmark', 'Livslinien']));
    expect(nodes.map((o) => o.name)).not.toContain('Headspace Helsingør');
    expect(res.data!.volunteerOrganisations.totalCount).toBe(nodes.length);
  });

  it('shows the branches of a national organisation', async () => {
    const res = await t.graphql<{ volunteerOrganisations: { edges: { node: Org }[] } }>(
      `query { volunteerOrganisations(first: 100) { edges { node { ${ORG_FIELDS} } } } }`,
    );
    const byName = new Map(res.data!.volunteerOrganisations.edges.map((e) => [e.node.name, e.node]));
    expect(byName.get('Headspace Danmark')!.branches.map((b) => b.name)).toEqual(['Headspace Helsingør', 'Headspace Herning']);
    expect(byName.get('Headspace Herning')!.parentOrganisation).toEqual({ name: 'Headspace Danmark' });
    expect([...byName.values()].find((o) => o.name.startsWith('LMS –'))!.branches).toEqual([{ name: 'LMS Sønderborg' }]);
    expect(byName.get('Angstforeningen')!).toMatchObject({ parentOrganisation: null, branches: [] });
    expect(byName.has('Helsingør Kommune')).toBe(false);
  });

  it('answers an unknown municipality code with BAD_USER_INPUT', async () => {
    const res = await t.graphql(`query { volunteerOrganisations(municipality: "9999") { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('9999');
  });

  it('sets and checks the parent over GraphQL', async () => {
    const admin = await signIn('admin@example.org');
    const [angst] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Angstforeningen'`);
    const [helsingor] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE sector = 'MUNICIPAL' AND municipality_code = '0217' LIMIT 1`,
    );
    const create = (input: Record<string, unknown>) =>
      t.graphql<{
        createOrganisation: {
          __typename: string;
          name?: string;
          parentOrganisation?: { name: string };
          fieldErrors?: { path: string; message: string }[];
        };
      }>(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { __typename ... on Organisation { name parentOrganisation { name } }
           ... on ValidationError { fieldErrors { path message } } } }`,
        { input },
        { token: admin },
      );
    const branch = await create({
      name: 'Angstforeningen Helsingør',
      sector: 'CIVIL_SOCIETY',
      municipalityCode: '0217',
      parentOrganisationId: angst.id,
    });
    expect(branch.data!.createOrganisation).toMatchObject({ __typename: 'Organisation', parentOrganisation: { name: 'Angstforeningen' } });
    const wrong = await create({
      name: 'Angst i kommunen',
      sector: 'CIVIL_SOCIETY',
      municipalityCode: '0217',
      parentOrganisationId: helsingor.id,
    });
    expect(wrong.data!.createOrganisation.fieldErrors).toEqual([
      { path: 'input.parentOrganisationId', message: expect.stringContaining('er ikke en frivillig organisation') },
    ]);
  });

  it.each([
    ['Angstforeningen', 'Angstforeningen'],
    ['LMS', 'LMS – Landsforeningen'],
    ['LMS Sønderborg', 'LMS Sønderborg'],
    ['Headspace Herning', 'Headspace Herning'],
  ])('finds the volunteer organisation when searching "%s"', async (query, expected) => {
    const res = await t.graphql<{ search: { edges: { node: { __typename: string; name?: string; sector?: string } }[] } }>(
      `query ($q: String!) { search(input: { query: $q, types: [ORGANISATION], first: 10 }) { edges { node { __typename ... on Organisation { name sector } } } } }`,
      { q: query },
    );
    expect(res.errors).toBeUndefined();
    const hit = res.data!.search.edges.map((e) => e.node).find((n) => n.name?.startsWith(expected));
    expect(hit).toMatchObject({ __typename: 'Organisation', sector: 'CIVIL_SOCIETY' });
  });

  describe('hostedThemeDays', () => {
    let hostId: string;
    let networkId: string;
    const days = async (token?: string, upcomingOnly?: boolean) => {
      const res = await t.graphql<{ organisation: { hostedThemeDays: { title: string; visibility: string }[] } }>(
        `query ($id: ID!${upcomingOnly === undefined ? '' : ', $u: Boolean'}) { organisation(id: $id) {
           hostedThemeDays${upcomingOnly === undefined ? '' : '(upcomingOnly: $u)'} { title visibility } } }`,
        { id: hostId, ...(upcomingOnly === undefined ? {} : { u: upcomingOnly }) },
        { token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.organisation.hostedThemeDays.map((d) => d.title);
    };

    beforeAll(async () => {
      [{ id: hostId }] = await sql<{ id: string }>(
        `INSERT INTO organisation (name, sector, description) VALUES ('Værtsforeningen', 'CIVIL_SOCIETY', 'Holder temadage') RETURNING id`,
      );
      [{ id: networkId }] = await sql<{ id: string }>(`INSERT INTO network (name) VALUES ('Værtsnetværket') RETURNING id`);
      const day = (title: string, visibility: string, startsAt: string, network = networkId) =>
        sql(
          `INSERT INTO theme_day (network_id, host_organisation_id, kind, title, topic, capacity, visibility, starts_at, ends_at)
           VALUES ($1, $2, 'THEME_DAY', $3, 'Angst', 30, $4, $5::timestamptz, $5::timestamptz + interval '3 hours')`,
          [network, hostId, title, visibility, startsAt],
        );
      const [{ id: otherNetwork }] = await sql<{ id: string }>(`INSERT INTO network (name) VALUES ('Andet netværk') RETURNING id`);
      // "Upcoming" is reckoned from the server's clock: the days lie that far from it, whatever today's date is.
      const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
      await day('Offentlig om en måned', 'PUBLIC', inDays(30));
      await day('Kun medlemmer om to måneder', 'MEMBERS', inDays(60));
      await day('Andet netværks medlemsdag', 'MEMBERS', inDays(90), otherNetwork);
      await day('Offentlig sidste år', 'PUBLIC', inDays(-400));
    });

    it('shows anonymous viewers the upcoming public days, and past ones on request', async () => {
      expect(await days()).toEqual(['Offentlig om en måned']);
      expect(await days(undefined, false)).toEqual(['Offentlig sidste år', 'Offentlig om en måned']);
    });

    it("shows a signed-in member the members-only days of their own network, not of others'", async () => {
      const fagperson = await signIn('fagperson@example.org');
      expect(await days(fagperson)).toEqual(['Offentlig om en måned']);
      const account = await t.app.get(AccountsService).findByEmail('fagperson@example.org');
      const [{ id: partyId }] = await sql<{ id: string }>(
        `INSERT INTO network_party (network_id, kind, organisation_id) VALUES ($1, 'VOLUNTEER_ORGANISATION', $2) RETURNING id`,
        [networkId, hostId],
      );
      await sql(
        `INSERT INTO network_member (network_id, party_id, account_id, kind, status) VALUES ($1, $2, $3, 'VOLUNTEER', 'APPROVED')`,
        [networkId, partyId, account!.id],
      );
      expect(await days(fagperson)).toEqual(['Offentlig om en måned', 'Kun medlemmer om to måneder']);
      expect(await days()).toEqual(['Offentlig om en måned']);
    });
  });
});
