import { AccountsService } from '#auth';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17 item 4: an access token already handed out does not outlive the rights it was issued with. A revoked role,
 * a deactivated account and a password changed elsewhere take effect at the next request, not when the token expires.
 */
describe('accounts: access tokens see changes at once', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  const PASSWORD = 'en-god-gammel-kode';
  type SignedIn = { __typename: string; accessToken?: string; refreshToken?: string };
  const signIn = async (email: string, password = PASSWORD) =>
    (
      await t.graphql<{ signIn: SignedIn }>(
        `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename ... on Session { accessToken refreshToken } } }`,
        { e: email, p: password },
      )
    ).data!.signIn;
  const refresh = async (refreshToken: string) =>
    (
      await t.graphql<{ refreshSession: SignedIn }>(
        `mutation ($r: String!) { refreshSession(input: { refreshToken: $r }) { __typename ... on Session { accessToken } } }`,
        { r: refreshToken },
      )
    ).data!.refreshSession;
  const person = (email: string) => t.app.get(AccountsService).create({ email, displayName: email.split('@')[0], password: PASSWORD });
  const accounts = (token: string) =>
    t.graphql<{ accounts: { totalCount: number } }>(`{ accounts(first: 1) { totalCount } }`, {}, { token });
  const me = (token: string) => t.graphql<{ me: { email: string } | null }>(`{ me { email } }`, {}, { token });

  it('a revoked ADMIN role is refused on the next request with the same token, and a new grant is seen at once', async () => {
    const account = await person('tilbagekaldt@example.org');
    const given = await t.graphql<{ grantRole: { id: string } }>(
      `mutation ($i: GrantRoleInput!) { grantRole(input: $i) { ... on RoleGrant { id } } }`,
      { i: { accountId: account.id, role: 'ADMIN' } },
      { token: admin },
    );
    const token = (await signIn('tilbagekaldt@example.org')).accessToken!;
    expect((await accounts(token)).data!.accounts.totalCount).toBeGreaterThan(0);

    await t.graphql(`mutation ($id: ID!) { revokeRole(id: $id) { __typename } }`, { id: given.data!.grantRole.id }, { token: admin });
    expect((await accounts(token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await me(token)).data!.me).toEqual({ email: 'tilbagekaldt@example.org' });

    await t.graphql(
      `mutation ($i: GrantRoleInput!) { grantRole(input: $i) { __typename } }`,
      { i: { accountId: account.id, role: 'ADMIN' } },
      { token: admin },
    );
    expect((await accounts(token)).data!.accounts.totalCount).toBeGreaterThan(0);
  });

  it("a deactivated account's token is refused at once", async () => {
    const account = await person('deaktiveret@example.org');
    const token = (await signIn('deaktiveret@example.org')).accessToken!;
    expect((await me(token)).data!.me).toEqual({ email: 'deaktiveret@example.org' });
    await t.graphql(`mutation ($id: ID!) { deactivateAccount(id: $id) { __typename } }`, { id: account.id }, { token: admin });
    expect((await me(token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changing the password ends every other session of the account and keeps the current one', async () => {
    await person('to.steder@example.org');
    const here = await signIn('to.steder@example.org');
    const there = await signIn('to.steder@example.org');
    const changed = await t.graphql<{ changePassword: { __typename: string } }>(
      `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }`,
      { i: { currentPassword: PASSWORD, newPassword: 'en-helt-ny-adgangskode' } },
      { token: here.accessToken },
    );
    expect(changed.data!.changePassword.__typename).toBe('Account');

    expect((await me(there.accessToken!)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(there.refreshToken!)).__typename).toBe('AuthenticationError');
    expect((await me(here.accessToken!)).data!.me).toEqual({ email: 'to.steder@example.org' });
    expect((await refresh(here.refreshToken!)).__typename).toBe('Session');
  });

  it('signing out refuses that session’s access token at once', async () => {
    await person('log.ud@example.org');
    const session = await signIn('log.ud@example.org');
    await t.graphql(`mutation ($r: String!) { signOut(input: { refreshToken: $r }) { sessions } }`, { r: session.refreshToken });
    expect((await me(session.accessToken!)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
