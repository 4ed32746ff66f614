import { AccountsService } from '#auth';
import { MAIL_TRANSPORT, type MailTransport, type OutgoingMail } from '#mail';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

type Typed = { __typename: string; id?: string; message?: string; kind?: string; status?: string };

/** Networks over HTTP: parties, coordinators, applications decided by key persons, visibility, counts and regions over time. */
describe('networks', () => {
  let t: TestApp;
  let admin: string;
  let networkId: string;
  const party: Record<'helsingor' | 'region' | 'lms', string> = {} as never;
  const org: Record<'helsingor' | 'region' | 'lms', string> = {} as never;
  let regionUnit: string;
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
  const outbox = () => (t.app.get(MAIL_TRANSPORT) as MailTransport & { sent: OutgoingMail[] }).sent;

  async function person(name: string): Promise<{ id: string; email: string; token: string }> {
    const email = `${name.toLowerCase().replace(/[^a-z]/g, '')}@example.org`;
    const password = 'netvaerk-test-1234';
    const account = await t.app.get(AccountsService).create({ email, displayName: name, password });
    return { id: account.id, email, token: await signIn(email, password) };
  }
  async function signIn(email: string, password: string): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: password },
    );
    return res.data!.signIn.accessToken;
  }
  const SUCCESS: Record<string, string> = {
    createNetwork: '... on Network { id }',
    updateNetwork: '... on Network { id }',
    setNetworkCoordinator: '... on Network { id }',
    addNetworkParty: '... on NetworkParty { id kind }',
    removeNetworkParty: '... on Deleted { id }',
  };
  async function mutation(name: string, signature: string, call: string, variables: Record<string, unknown>, token?: string) {
    const success = SUCCESS[name] ?? '... on NetworkMember { id status }';
    const res = await t.graphql<Record<string, Typed>>(
      `mutation (${signature}) { ${name}(${call}) { __typename ${success} ... on ErrorResult { message } } }`,
      variables,
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data![name];
  }
  const addParty = (organisationId: string, unitId: string | null, token = admin) =>
    mutation(
      'addNetworkParty',
      '$n: ID!, $o: ID!, $u: ID',
      'input: { networkId: $n, organisationId: $o, unitId: $u }',
      {
        n: networkId,
        o: organisationId,
        u: unitId,
      },
      token,
    );
  const apply = (partyId: string, token?: string) =>
    mutation(
      'applyToNetwork',
      '$n: ID!, $p: ID!',
      'input: { networkId: $n, partyId: $p, jobTitle: "Psykolog" }',
      { n: networkId, p: partyId },
      token,
    );
  const decide = (approve: boolean, memberId: string, token: string) =>
    mutation(approve ? 'approveNetworkMember' : 'rejectNetworkMember', '$m: ID!', 'memberId: $m', { m: memberId }, token);
  const makeKeyPerson = (memberId: string, token: string) =>
    mutation('setNetworkMemberRoles', '$m: ID!', 'input: { memberId: $m, isKeyPerson: true }', { m: memberId }, token);
  async function members(token: string | undefined, status?: string) {
    const res = await t.graphql<{
      network: { members: { totalCount: number; edges: { node: { name: string; status: string; party: { id: string } } }[] } };
    }>(
      `query ($id: ID!, $s: MemberStatus) { network(id: $id) { members(filter: { status: $s }, first: 100) { totalCount edges { node { name status party { id } } } } } }`,
      { id: networkId, s: status ?? null },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.network.members;
  }
  async function mailTo(email: string): Promise<OutgoingMail> {
    for (let i = 0; i < 100; i++) {
      const mail = outbox().find((m) => m.to.includes(email));
      if (mail) return mail;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`Ingen mail til ${email}`);
  }

  let coordinator: { id: string; token: string };
  let keyHelsingor: { id: string; token: string; memberId: string };
  let keyRegion: { id: string; token: string; memberId: string };
  let plain: { id: string; email: string; token: string; memberId: string };
  let rejected: { id: string; email: string; memberId: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await signInAsAdmin(t);
    [{ id: org.helsingor }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Helsingør Kommune'`);
    [{ id: org.region }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Region Hovedstaden'`);
    [{ id: org.lms }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name LIKE 'LMS –%'`);
    [{ id: regionUnit }] = await sql<{ id: string }>(`SELECT id FROM unit WHERE organisation_id = $1 ORDER BY name LIMIT 1`, [org.region]);
  });
  afterAll(() => t.close());

  it('lets only administrators create a network', async () => {
    const professional = await person('Fagperson Fri');
    const create = (token?: string) =>
      mutation(
        'createNetwork',
        '$name: String!',
        'input: { name: $name, contactEmail: "tovholder@example.org" }',
        { name: 'Kystnettet' },
        token,
      );
    expect((await create()).__typename).toBe('ForbiddenError');
    expect((await create(professional.token)).__typename).toBe('ForbiddenError');
    const created = await create(admin);
    expect(created.__typename).toBe('Network');
    networkId = created.id!;
    expect((await create(admin)).__typename).toBe('ConflictError');
  });

  it('adds a municipality, a regional unit and a volunteer organisation, and refuses a state body and duplicates', async () => {
    const municipality = await addParty(org.helsingor, null);
    const regional = await addParty(org.region, regionUnit);
    const volunteer = await addParty(org.lms, null);
    expect([municipality.kind, regional.kind, volunteer.kind]).toEqual(['MUNICIPALITY', 'REGIONAL_UNIT', 'VOLUNTEER_ORGANISATION']);
    [party.helsingor, party.region, party.lms] = [municipality.id!, regional.id!, volunteer.id!];

    const state = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Styrelsen for Netværk", sector: STATE }) { ... on Organisation { id } } }`,
      {},
      { token: admin },
    );
    const refused = await addParty(state.data!.createOrganisation.id, null);
    expect(refused).toMatchObject({ __typename: 'ValidationError' });
    expect((await addParty(org.helsingor, null)).__typename).toBe('ConflictError');
    expect((await addParty(org.region, regionUnit)).__typename).toBe('ConflictError');
  });

  it('makes an account coordinator, who after signing in runs the network', async () => {
    const account = await person('Tove Tovholder');
    const set = (token?: string) =>
      mutation('setNetworkCoordinator', '$n: ID!, $a: ID!', 'networkId: $n, accountId: $a', { n: networkId, a: account.id }, token);
    expect((await set(account.token)).__typename).toBe('ForbiddenError');
    expect((await set(admin)).__typename).toBe('Network');
    const before = await t.graphql<{ network: { viewerIsCoordinator: boolean } }>(
      `query ($id: ID!) { network(id: $id) { viewerIsCoordinator } }`,
      { id: networkId },
      { token: account.token },
    );
    expect(before.data!.network.viewerIsCoordinator).toBe(false);

    coordinator = { id: account.id, token: await signIn(account.email, 'netvaerk-test-1234') };
    const after = await t.graphql<{ network: { viewerIsCoordinator: boolean; coordinators: string[] } }>(
      `query ($id: ID!) { network(id: $id) { viewerIsCoordinator coordinators } }`,
      { id: networkId },
      { token: coordinator.token },
    );
    expect(after.data!.network).toEqual({ viewerIsCoordinator: true, coordinators: ['Tove Tovholder'] });
    const updated = await mutation(
      'updateNetwork',
      '$id: ID!',
      'id: $id, input: { description: "Kysten rundt" }',
      { id: networkId },
      coordinator.token,
    );
    expect(updated.__typename).toBe('Network');
  });

  it('takes applications from signed-in accounts; the coordinator approves the first key persons', async () => {
    expect((await apply(party.helsingor)).__typename).toBe('ForbiddenError');
    const k = await person('Karen Nøgleperson');
    const r = await person('Rasmus Regionsnøgle');
    const appliedK = await apply(party.helsingor, k.token);
    const appliedR = await apply(party.region, r.token);
    expect(appliedK).toMatchObject({ __typename: 'NetworkMember', status: 'PENDING' });
    expect((await apply(party.helsingor, k.token)).__typename).toBe('ConflictError');
    for (const m of [appliedK, appliedR]) {
      expect((await decide(true, m.id!, coordinator.token)).status).toBe('APPROVED');
      expect((await makeKeyPerson(m.id!, k.token)).__typename).toBe('ForbiddenError');
      expect((await makeKeyPerson(m.id!, coordinator.token)).__typename).toBe('NetworkMember');
    }
    keyHelsingor = { ...k, memberId: appliedK.id! };
    keyRegion = { ...r, memberId: appliedR.id! };
  });

  it("is approved by the party's key person and not by a key person of another party; rejection too; each is told by mail", async () => {
    const a = await person('Anna Almindelig');
    const b = await person('Bo Afvist');
    const appliedA = await apply(party.helsingor, a.token);
    const appliedB = await apply(party.helsingor, b.token);
    expect((await decide(true, appliedA.id!, keyRegion.token)).__typename).toBe('ForbiddenError');
    expect((await decide(true, appliedA.id!, a.token)).__typename).toBe('ForbiddenError');
    expect((await decide(true, appliedA.id!, keyHelsingor.token)).status).toBe('APPROVED');
    expect((await decide(false, appliedB.id!, keyRegion.token)).__typename).toBe('ForbiddenError');
    expect((await decide(false, appliedB.id!, keyHelsingor.token)).status).toBe('REJECTED');
    expect((await decide(true, appliedB.id!, keyHelsingor.token)).__typename).toBe('ConflictError');
    plain = { ...a, memberId: appliedA.id! };
    rejected = { ...b, memberId: appliedB.id! };

    const approvedMail = await mailTo(a.email);
    expect(approvedMail.subject).toBe('Du er nu medlem af Kystnettet');
    expect(approvedMail.text).toContain('Hej Anna Almindelig');
    const rejectedMail = await mailTo(b.email);
    expect(rejectedMail.subject).toBe('Din ansøgning til Kystnettet');
    expect(rejectedMail.text).toContain('ikke godkendt');
  });

  it('shows the coordinator pending applications, a plain member only approved members, and anonymous callers nobody', async () => {
    const c = await person('Cecilie Venter');
    await apply(party.lms, c.token);
    expect((await members(coordinator.token, 'PENDING')).edges.map((e) => e.node.name)).toEqual(['Cecilie Venter']);
    expect((await members(coordinator.token, 'REJECTED')).edges.map((e) => e.node.name)).toEqual(['Bo Afvist']);
    const approved = ['Anna Almindelig', 'Karen Nøgleperson', 'Rasmus Regionsnøgle'];
    expect((await members(plain.token)).edges.map((e) => e.node.name)).toEqual(approved);
    expect((await members(coordinator.token)).edges.map((e) => e.node.name)).toEqual(approved);
    expect((await members(plain.token, 'PENDING')).totalCount).toBe(0);
    expect((await members(keyHelsingor.token, 'PENDING')).totalCount).toBe(0);
    expect(await members(undefined)).toEqual({ totalCount: 0, edges: [] });
    expect((await members(c.token)).totalCount).toBe(0);
    expect(rejected.memberId).toBeDefined();
  });

  it('counts approved members per party', async () => {
    const res = await t.graphql<{ network: { parties: { id: string; name: string; memberCount: number }[] } }>(
      `query ($id: ID!) { network(id: $id) { parties { id name memberCount } } }`,
      { id: networkId },
    );
    const counts = Object.fromEntries(res.data!.network.parties.map((p) => [p.id, p.memberCount]));
    expect(counts).toEqual({ [party.helsingor]: 2, [party.region]: 1, [party.lms]: 0 });
    expect(res.data!.network.parties.find((p) => p.id === party.region)!.name).toMatch(/\(Region Hovedstaden\)$/);
  });

  it("follows the 2027 merger: Helsingør and Region Hovedstaden's unit are in Region Østdanmark from 2027", async () => {
    const res = await t.graphql<{
      network: { before: { name: string }[]; after: { name: string }[]; parties: { kind: string; region: { name: string } | null }[] };
    }>(
      `query ($id: ID!) { network(id: $id) { before: regions(at: "2026-12-31") { name } after: regions(at: "2027-02-01") { name }
         parties { kind region(at: "2027-02-01") { name } } } }`,
      { id: networkId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.before).toEqual([{ name: 'Region Hovedstaden' }]);
    expect(res.data!.network.after).toEqual([{ name: 'Region Østdanmark' }]);
    expect(res.data!.network.parties.map((p) => [p.kind, p.region?.name ?? null])).toEqual([
      ['MUNICIPALITY', 'Region Østdanmark'],
      ['REGIONAL_UNIT', 'Region Østdanmark'],
      ['VOLUNTEER_ORGANISATION', null],
    ]);
  });

  it('lets a member leave and a party without members go', async () => {
    expect((await mutation('leaveNetwork', '$n: ID!', 'networkId: $n', { n: networkId }, plain.token)).status).toBe('LEFT');
    expect((await members(coordinator.token)).totalCount).toBe(2);
    const remove = (partyId: string) => mutation('removeNetworkParty', '$p: ID!', 'partyId: $p', { p: partyId }, coordinator.token);
    expect((await remove(party.region)).__typename).toBe('ConflictError');
    expect((await remove(party.lms)).__typename).toBe('Deleted');
  });
});
