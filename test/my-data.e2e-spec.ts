import { DEMO_PASSWORD } from '#demo';
import { NetworksService, ThemeDaysService, ThemeDayVisibility } from '#network';
import { ADMIN_CTX } from '#testing';
import { networkFixture } from './network-fixture.js';
import { supervisionFixture } from './supervision-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface MyData {
  myThemeDayRegistrations: { themeDayTitle: string; networkName: string; status: string; email: string }[];
  mySupervisionParticipations: { groupName: string; status: string; motivation: string | null }[];
  mySupervisionHours: { totalHours: number; goalHours: number }[];
  myAuditEvents: { totalCount: number; edges: { node: { entityType: string; action: string; changes: { field: string }[] } }[] };
}

/** Issue 17 item 5, "Mine data": theme-day registrations, supervision and one's own changes, each from the lib that holds it. */
describe('my data: everything Vejviser holds about the signed-in person', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  const MY_DATA = `{
    myThemeDayRegistrations { themeDayTitle networkName status email }
    mySupervisionParticipations { groupName status motivation }
    mySupervisionHours { totalHours goalHours }
    myAuditEvents(first: 10) { totalCount edges { node { entityType action changes { field } } } }
  }`;

  it("shows a person's theme-day registration, supervision application and the changes they made, and nothing of anyone else's", async () => {
    const [{ id: organisationId }]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM organisation WHERE sector = 'MUNICIPAL' ORDER BY name LIMIT 1`,
    );
    const network = (await t.app
      .get(NetworksService)
      .create(ADMIN_CTX, { name: 'Mine data-netværket', contactEmail: 'net@example.org' })) as {
      id: string;
    };
    await networkFixture(t.app, network.id, organisationId);
    const { supervisionGroup } = await supervisionFixture(t.app, network.id);
    const starts = new Date(Date.now() + 864e5 * 20);
    const day = (await t.app.get(ThemeDaysService).create(ADMIN_CTX, {
      networkId: network.id,
      title: 'Temadag om mine data',
      topic: 'Indsigt',
      venue: 'Rådhuset',
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 36e5),
      capacity: 10,
      visibility: ThemeDayVisibility.PUBLIC,
    })) as { id: string };

    const signIn = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($p: String!) { signIn(input: { email: "fagperson@example.org", password: $p }) { ... on Session { accessToken } } }`,
      { p: DEMO_PASSWORD },
    );
    const token = signIn.data!.signIn.accessToken;
    const asMe = <T>(query: string, variables: Record<string, unknown> = {}) => t.graphql<T>(query, variables, { token });

    // The demo data already has the demo professional on a theme day.
    const before = (await asMe<MyData>(MY_DATA)).data!;
    expect(before.myThemeDayRegistrations.map((r) => r.themeDayTitle)).not.toContain('Temadag om mine data');

    await asMe(`mutation ($i: RegisterForThemeDayInput!) { registerForThemeDay(input: $i) { __typename } }`, {
      i: { themeDayId: day.id, name: 'Fag Person', email: 'fagperson@example.org' },
    });
    // Someone else's registration for the same day is not the person's.
    await t.graphql(`mutation ($i: RegisterForThemeDayInput!) { registerForThemeDay(input: $i) { __typename } }`, {
      i: { themeDayId: day.id, name: 'En Anden', email: 'en.anden@example.org' },
    });
    await asMe(`mutation ($id: ID!) { applyToSupervisionGroup(groupId: $id, motivation: "Jeg vil lære mere") { __typename } }`, {
      id: supervisionGroup,
    });
    await asMe(`mutation { updateMyProfile(input: { jobTitle: "Psykolog" }) { __typename } }`);

    const mine = (await asMe<MyData>(MY_DATA)).data!;
    expect(mine.myThemeDayRegistrations).toHaveLength(before.myThemeDayRegistrations.length + 1);
    expect(mine.myThemeDayRegistrations).toContainEqual({
      themeDayTitle: 'Temadag om mine data',
      networkName: 'Mine data-netværket',
      status: 'CONFIRMED',
      email: 'fagperson@example.org',
    });
    expect(mine.mySupervisionParticipations).toHaveLength(before.mySupervisionParticipations.length + 1);
    expect(mine.mySupervisionParticipations).toContainEqual({
      groupName: 'Matrixsupervision',
      status: 'PENDING',
      motivation: 'Jeg vil lære mere',
    });
    expect(mine.mySupervisionHours).toContainEqual({ totalHours: 0, goalHours: 160 });
    expect(mine.myAuditEvents.edges[0].node).toEqual({ entityType: 'Account', action: 'UPDATE', changes: [{ field: 'jobTitle' }] });

    const anonymous = await t.graphql<MyData>(MY_DATA);
    expect(anonymous.data).toMatchObject({
      myThemeDayRegistrations: [],
      mySupervisionParticipations: [],
      myAuditEvents: { totalCount: 0 },
    });
  });
});
