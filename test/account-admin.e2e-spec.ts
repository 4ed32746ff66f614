import { AccountsService } from '#auth';
import { makeOrganisation } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

/** Issue 17 items 4 and 5 over the API: administrators' accounts and role grants, and every account's self-service. */
describe('accounts: administration and self-service', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password: string) =>
    (
      await t.graphql<{ signIn: { __typename: string; accessToken?: string } }>(
        `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename ... on Session { accessToken } } }`,
        { e: email, p: password },
      )
    ).data!.signIn;
  const person = (email: string, displayName: string) =>
    t.app.get(AccountsService).create({ email, displayName, password: 'en-god-gammel-kode' });

  it('lists accounts a page at a time, filtered by words, status and role; only for administrators', async () => {
    await person('liste.a@example.org', 'Liste Anna');
    await person('liste.b@example.org', 'Liste Bent');
    const list = (filter: object, token?: string) =>
      t.graphql<{ accounts: { totalCount: number; edges: { node: { email: string } }[] } }>(
        `query ($f: AccountFilter) { accounts(filter: $f, first: 1) { totalCount edges { node { email } } } }`,
        { f: filter },
        { token },
      );
    const res = await list({ text: 'liste', status: 'ACTIVE' }, admin);
    expect(res.data!.accounts.totalCount).toBe(2);
    expect(res.data!.accounts.edges.map((e) => e.node.email)).toEqual(['liste.a@example.org']);
    expect((await list({ text: 'liste', role: 'ADMIN' }, admin)).data!.accounts.totalCount).toBe(0);
    const anna = (await signIn('liste.a@example.org', 'en-god-gammel-kode')).accessToken;
    expect((await list({}, anna)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('grants a role for a scope, naming every invalid field at once, and revokes it', async () => {
    const org = await makeOrganisation(t.app, { name: 'Rollekommunen' });
    const account = await person('rolle@example.org', 'Rolle Person');
    const grant = (input: object) =>
      t.graphql<{ grantRole: { __typename: string; id?: string; fieldErrors?: { path: string; message: string }[] } }>(
        `mutation ($i: GrantRoleInput!) { grantRole(input: $i) { __typename ... on RoleGrant { id } ... on ValidationError { fieldErrors { path message } } } }`,
        { i: { accountId: account.id, ...input } },
        { token: admin },
      );
    const bad = (await grant({ role: 'ADMIN', organisationId: org.id, networkId: '00000000-0000-4000-8000-000000000000' })).data!.grantRole;
    expect(bad.fieldErrors!.map((e) => e.path).sort()).toEqual(['input.networkId', 'input.networkId', 'input.organisationId']);
    const missing = (await grant({ role: 'NETWORK_COORDINATOR' })).data!.grantRole;
    expect(missing.fieldErrors).toEqual([{ path: 'input.networkId', message: 'Vælg netværket, personen skal koordinere.' }]);
    expect((await grant({})).data!.grantRole.fieldErrors).toEqual([{ path: 'input.role', message: 'Vælg en rolle.' }]);

    const given = (await grant({ role: 'EDITOR', organisationId: org.id })).data!.grantRole;
    expect(given.__typename).toBe('RoleGrant');
    expect((await grant({ role: 'EDITOR', organisationId: org.id })).data!.grantRole.__typename).toBe('ConflictError');
    const token = (await signIn('rolle@example.org', 'en-god-gammel-kode')).accessToken;
    const me = await t.graphql<{ me: { grants: { role: string; organisationId: string }[] } }>(
      `{ me { grants { role organisationId } } }`,
      {},
      { token },
    );
    expect(me.data!.me.grants).toEqual([{ role: 'EDITOR', organisationId: org.id }]);

    const revoked = await t.graphql<{ revokeRole: { __typename: string } }>(
      `mutation ($id: ID!) { revokeRole(id: $id) { __typename } }`,
      { id: given.id },
      { token: admin },
    );
    expect(revoked.data!.revokeRole.__typename).toBe('Deleted');
  });

  it('deactivates an account: it cannot sign in any more', async () => {
    const account = await person('stop@example.org', 'Stop Person');
    const res = await t.graphql<{ deactivateAccount: { __typename: string; status?: string } }>(
      `mutation ($id: ID!) { deactivateAccount(id: $id) { __typename ... on Account { status } } }`,
      { id: account.id },
      { token: admin },
    );
    expect(res.data!.deactivateAccount).toEqual({ __typename: 'Account', status: 'DISABLED' });
    expect((await signIn('stop@example.org', 'en-god-gammel-kode')).__typename).toBe('AuthenticationError');
  });

  it('lets a person change their own name, work details and password, every invalid field named at once', async () => {
    await person('selv@example.org', 'Selv Person');
    const token = (await signIn('selv@example.org', 'en-god-gammel-kode')).accessToken;
    const profile = (input: object) =>
      t.graphql<{ updateMyProfile: { __typename: string; displayName?: string; jobTitle?: string; fieldErrors?: { path: string }[] } }>(
        `mutation ($i: MyProfileInput!) { updateMyProfile(input: $i) { __typename ... on Account { displayName jobTitle } ... on ValidationError { fieldErrors { path } } } }`,
        { i: input },
        { token },
      );
    const invalid = (await profile({ displayName: ' ', workPhone: 'ring til mig' })).data!.updateMyProfile;
    expect(invalid.fieldErrors!.map((e) => e.path)).toEqual(['input.displayName', 'input.workPhone']);
    expect((await profile({ displayName: 'Selv Nyt Navn', jobTitle: 'Sygeplejerske' })).data!.updateMyProfile).toEqual({
      __typename: 'Account',
      displayName: 'Selv Nyt Navn',
      jobTitle: 'Sygeplejerske',
    });

    const change = (input: object) =>
      t.graphql<{ changePassword: { __typename: string; fieldErrors?: { path: string }[] } }>(
        `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { __typename ... on ValidationError { fieldErrors { path } } } }`,
        { i: input },
        { token },
      );
    const wrong = (await change({ currentPassword: 'forkert', newPassword: 'kort' })).data!.changePassword;
    expect(wrong.fieldErrors!.map((e) => e.path).sort()).toEqual(['input.currentPassword', 'input.newPassword']);
    expect(
      (await change({ currentPassword: 'en-god-gammel-kode', newPassword: 'en-helt-ny-adgangskode' })).data!.changePassword.__typename,
    ).toBe('Account');
    expect((await signIn('selv@example.org', 'en-god-gammel-kode')).__typename).toBe('AuthenticationError');
    expect((await signIn('selv@example.org', 'en-helt-ny-adgangskode')).__typename).toBe('Session');
  });
});
