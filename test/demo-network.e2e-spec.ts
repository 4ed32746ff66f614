import { startTestApp, type TestApp } from './support/test-app.js';
import { DEMO_PASSWORD } from '#demo';

interface Party {
  kind: string;
  name: string;
  memberCount: number;
  region: { name: string } | null;
}

// The demo network is what a new user first sees of issue 5: it must be complete and plausible.
describe('demo data: the Livsmod network', () => {
  let t: TestApp;
  let networkId: string;
  const signIn = async (email: string) =>
    (
      await t.graphql<{ signIn: { accessToken: string } }>(
        `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
        { e: email, p: DEMO_PASSWORD },
      )
    ).data!.signIn.accessToken;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const res = await t.graphql<{ networks: { edges: { node: { id: string; name: string } }[] } }>(
      `{ networks { edges { node { id name } } } }`,
    );
    networkId = res.data!.networks.edges.find((e) => e.node.name === 'Livsmod')!.node.id;
  });
  afterAll(() => t.close());

  it('has the ten municipalities, Region Hovedstaden’s units and three volunteer organisations as parties', async () => {
    const res = await t.graphql<{ network: { parties: Party[] } }>(
      `query ($id: ID!) { network(id: $id) { parties { kind name memberCount region(at: "2026-12-31") { name } } } }`,
      { id: networkId },
    );
    const parties = res.data!.network.parties;
    const count = (kind: string) => parties.filter((p) => p.kind === kind).length;
    expect([count('MUNICIPALITY'), count('REGIONAL_UNIT'), count('VOLUNTEER_ORGANISATION')]).toEqual([10, 5, 3]);
    expect(parties.filter((p) => p.kind !== 'VOLUNTEER_ORGANISATION').every((p) => p.region?.name === 'Region Hovedstaden')).toBe(true);
    expect(parties.every((p) => p.memberCount >= 1)).toBe(true);
  });

  it('follows the 2027 merger: the same parties are in Region Østdanmark from 2027', async () => {
    const regions = async (at: string) =>
      (
        await t.graphql<{ network: { regions: { name: string }[] } }>(
          `query ($id: ID!, $at: LocalDate!) { network(id: $id) { regions(at: $at) { name } } }`,
          {
            id: networkId,
            at,
          },
        )
      ).data!.network.regions.map((r) => r.name);
    expect(await regions('2026-12-31')).toEqual(['Region Hovedstaden']);
    expect(await regions('2027-02-01')).toEqual(['Region Østdanmark']);
  });

  it('has a year of theme days, some hosted by LMS, Angstforeningen and Børn, Unge & Sorg', async () => {
    const token = await signIn('fagperson@example.org');
    const res = await t.graphql<{
      themeDays: { totalCount: number; edges: { node: { startsAt: string; hostOrganisation: { name: string } | null } }[] };
    }>(`{ themeDays(first: 50) { totalCount edges { node { startsAt hostOrganisation { name } } } } }`, {}, { token });
    const days = { totalCount: res.data!.themeDays.totalCount, nodes: res.data!.themeDays.edges.map((e) => e.node) };
    expect(days.totalCount).toBe(12);
    const span = Date.parse(days.nodes.at(-1)!.startsAt) - Date.parse(days.nodes[0].startsAt);
    expect(span).toBeGreaterThan(300 * 24 * 3600 * 1000);
    const hosts = days.nodes.map((d) => d.hostOrganisation?.name);
    expect(hosts).toEqual(
      expect.arrayContaining(['LMS – Landsforeningen mod spiseforstyrrelser og selvskade', 'Angstforeningen', 'Børn, Unge & Sorg']),
    );
    const anonymous = await t.graphql<{ themeDays: { totalCount: number } }>(`{ themeDays { totalCount } }`);
    expect(anonymous.data!.themeDays.totalCount).toBeLessThan(12);
  });

  it('lets the demo coordinator and key person run it: members, and an application waiting', async () => {
    const coordinator = await signIn('koordinator@example.org');
    const keyPerson = await signIn('noegleperson@example.org');
    const query = `query ($id: ID!) { network(id: $id) { viewerIsCoordinator members(filter: { status: PENDING }) { totalCount edges { node { name email } } } } }`;
    const asCoordinator = await t.graphql<{ network: { viewerIsCoordinator: boolean; members: { totalCount: number } } }>(
      query,
      { id: networkId },
      { token: coordinator },
    );
    expect(asCoordinator.data!.network.viewerIsCoordinator).toBe(true);
    const asKeyPerson = await t.graphql<{ network: { members: { edges: { node: { name: string; email: string } }[] } } }>(
      query,
      { id: networkId },
      { token: keyPerson },
    );
    expect(asKeyPerson.data!.network.members.edges.map((e) => e.node)).toEqual([
      { name: 'Demo Ansøger, Helsingør', email: 'livsmod.ansoeger@example.org' },
    ]);
  });

  it('has a supervision group on suicidal and self-harming behaviour and an anxiety group, seen by members only', async () => {
    const query = `query ($id: ID!) { supervisionGroups(networkId: $id) { edges { node { name focus maxSeats sessions { startsAt } } } } }`;
    const asMember = await t.graphql<{
      supervisionGroups: { edges: { node: { focus: string; maxSeats: number; sessions: unknown[] } }[] };
    }>(query, { id: networkId }, { token: await signIn('fagperson@example.org') });
    const groups = asMember.data!.supervisionGroups.edges.map((e) => e.node);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.focus).join(' ')).toMatch(/selvskad/i);
    expect(groups.map((g) => g.focus).join(' ')).toMatch(/angst/i);
    expect(groups.every((g) => g.sessions.length >= 8 && g.maxSeats <= 12)).toBe(true);
    const anonymous = await t.graphql<{ supervisionGroups: { edges: unknown[] } }>(query, { id: networkId });
    expect(anonymous.data!.supervisionGroups.edges).toEqual([]);
  });

  it('invents every person: demo accounts are marked and on example.org', async () => {
    const rows: { email: string; display_name: string }[] = await t.database.dataSource.query(
      `SELECT a.email, a.display_name FROM network_member m JOIN account a ON a.id = m.account_id`,
    );
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) {
      expect(row.email).toMatch(/@example\.org$/);
      expect(row.display_name).toMatch(/^Demo /);
    }
  });
});
