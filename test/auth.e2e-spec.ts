import { SignJWT } from 'jose';
import { AccessTokens, AUTH_CONFIG, TOKEN_AUDIENCE, TOKEN_ISSUER, type AuthConfig } from '#auth';
import { startTestApp, type TestApp } from './support/test-app.js';
import { DEMO_PASSWORD } from '#demo';

interface SessionData {
  __typename: string;
  accessToken: string;
  refreshToken: string;
  account: { email: string };
  code?: string;
  message?: string;
}

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) {
    __typename
    ... on Session { accessToken refreshToken account { email } }
    ... on AuthenticationError { code message }
  } }`;
const REFRESH = `mutation ($token: String!) {
  refreshSession(input: { refreshToken: $token }) {
    __typename
    ... on Session { accessToken refreshToken account { email } }
    ... on AuthenticationError { code message }
  } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password = DEMO_PASSWORD) =>
    (await t.graphql<{ signIn: SessionData }>(SIGN_IN, { email, password })).data!.signIn;
  const refresh = async (token: string) => (await t.graphql<{ refreshSession: SessionData }>(REFRESH, { token })).data!.refreshSession;

  it('signs in a demo account and knows who it is', async () => {
    const session = await signIn('Admin@Example.org');
    expect(session.__typename).toBe('Session');
    const me = await t.graphql<{ me: { email: string; displayName: string; isDemo: boolean } }>(
      `{ me { email displayName isDemo } }`,
      {},
      { token: session.accessToken },
    );
    expect(me.data!.me).toEqual({ email: 'admin@example.org', displayName: 'Demo Administrator', isDemo: true });
    expect((await t.graphql<{ me: null }>(`{ me { email } }`)).data!.me).toBeNull();
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrongPassword = await signIn('admin@example.org', 'forkert-kode');
    const unknown = await signIn('findes.ikke@example.org', 'forkert-kode');
    expect(wrongPassword).toEqual({
      __typename: 'AuthenticationError',
      code: 'AUTHENTICATION_FAILED',
      message: 'Forkert e-mail eller adgangskode.',
    });
    expect(unknown).toEqual(wrongPassword);
  });

  it('shows STAFF lines to a signed-in professional and never to an anonymous caller', async () => {
    const query = `{ contacts(filter: { municipality: "0217", kind: PERSON }, first: 50) { edges { node { channels { visibility } } } } }`;
    type Result = { contacts: { edges: { node: { channels: { visibility: string }[] } }[] } };
    const visibilities = (res: { data?: Result }) => res.data!.contacts.edges.flatMap((e) => e.node.channels.map((c) => c.visibility));
    const session = await signIn('fagperson@example.org');
    expect(visibilities(await t.graphql<Result>(query))).not.toContain('STAFF');
    expect(visibilities(await t.graphql<Result>(query, {}, { token: session.accessToken }))).toContain('STAFF');
  });

  it('refuses a forged or expired access token with 401 UNAUTHENTICATED', async () => {
    const forged = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(forged.status).toBe(401);
    const body = (await forged.json()) as { errors: { extensions: { code: string; stacktrace?: unknown } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();

    const me = await t.graphql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: (await signIn('fagperson@example.org')).accessToken });
    const expired = await t.app.get(AccessTokens).issue(me.data!.me.id, [], new Date(Date.now() - 60 * 60_000));
    const res = await t.graphql(`{ me { email } }`, {}, { token: expired.token });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with the real key that lacks exp, iat or the audience, or is older than tokens live', async () => {
    const me = await t.graphql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: (await signIn('fagperson@example.org')).accessToken });
    const key = new TextEncoder().encode(t.app.get<AuthConfig>(AUTH_CONFIG).jwtSecret);
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: { exp?: number; iat?: number; aud?: string }) => {
      const jwt = new SignJWT({ grants: [] })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(me.data!.me.id)
        .setIssuer(TOKEN_ISSUER);
      if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
      if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
      if (claims.aud !== undefined) jwt.setAudience(claims.aud);
      return jwt.sign(key);
    };
    const whoIs = async (token: string) => {
      const res = await t.graphql<{ me: { id: string } | null }>(`{ me { id } }`, {}, { token });
      return res.errors?.[0].extensions?.code ?? res.data?.me?.id;
    };
    const complete = { exp: now + 600, iat: now, aud: TOKEN_AUDIENCE };
    expect(await whoIs(await sign(complete))).toBe(me.data!.me.id);
    expect(await whoIs(await sign({ ...complete, exp: undefined }))).toBe('UNAUTHENTICATED');
    expect(await whoIs(await sign({ ...complete, iat: undefined }))).toBe('UNAUTHENTICATED');
    expect(await whoIs(await sign({ ...complete, aud: undefined }))).toBe('UNAUTHENTICATED');
    expect(await whoIs(await sign({ ...complete, aud: 'something-else' }))).toBe('UNAUTHENTICATED');
    expect(await whoIs(await sign({ ...complete, iat: now - 3600 }))).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens, and ends the whole session when a used one comes back', async () => {
    const first = await signIn('redaktoer@example.org');
    const second = await refresh(first.refreshToken);
    expect(second.__typename).toBe('Session');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.account.email).toBe('redaktoer@example.org');

    const replayed = await refresh(first.refreshToken);
    expect(replayed).toMatchObject({ __typename: 'AuthenticationError', code: 'AUTHENTICATION_FAILED' });
    expect(await refresh(second.refreshToken)).toMatchObject({ __typename: 'AuthenticationError' });
  });

  it('signs out one session, or every session of the account', async () => {
    const a = await signIn('noegleperson@example.org');
    const b = await signIn('noegleperson@example.org');
    const c = await signIn('noegleperson@example.org');
    const out = await t.graphql<{ signOut: { sessions: number } }>(
      `mutation ($t: String!) { signOut(input: { refreshToken: $t }) { sessions } }`,
      { t: a.refreshToken },
    );
    expect(out.data!.signOut.sessions).toBe(1);
    expect((await refresh(a.refreshToken)).__typename).toBe('AuthenticationError');
    expect((await refresh(b.refreshToken)).__typename).toBe('Session'); // b's family lives on, with a new token

    const anonymous = await t.graphql<{ signOutEverywhere: { __typename: string } }>(`mutation { signOutEverywhere { __typename } }`);
    expect(anonymous.data!.signOutEverywhere.__typename).toBe('ForbiddenError');
    const everywhere = await t.graphql<{ signOutEverywhere: { __typename: string; sessions: number } }>(
      `mutation { signOutEverywhere { __typename ... on SignedOut { sessions } } }`,
      {},
      { token: c.accessToken },
    );
    expect(everywhere.data!.signOutEverywhere).toEqual({ __typename: 'SignedOut', sessions: 2 });
    expect((await refresh(c.refreshToken)).__typename).toBe('AuthenticationError');
  });
});
