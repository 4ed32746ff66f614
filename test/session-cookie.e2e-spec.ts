import { AccountsService, SessionsService, type BrowserSession } from '#auth';
import { AuthenticationError, Session } from '../libs/auth/src/sessions/session.types.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const EMAIL = 'sygeplejerske@region.example.org';
const PASSWORD = 'en-lang-nok-adgangskode';
const HOUR = 3_600_000;

interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  cookie: string | null;
}

/** The cookie's value and attributes as the server set them. */
function parseSetCookie(header: string): { value: string; attributes: Record<string, string | true> } {
  const [pair, ...rest] = header.split(';').map((p) => p.trim());
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const [key, value] = part.split('=');
    attributes[key.toLowerCase()] = value ?? true;
  }
  return { value: pair.slice(pair.indexOf('=') + 1), attributes };
}

/**
 * Browser sessions: the refresh token in an HttpOnly cookie on /konto/session, the access token in
 * the answer only; rotation, sign-out, the idle limit, and what bad requests are told.
 */
describe('browser sessions (HttpOnly cookie)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: ['loopback'], signInLimits: { signInFailuresPerAddress: 3 } });
    await t.app.get(AccountsService).create({ email: EMAIL, displayName: 'Nattevagt Nora', password: PASSWORD, grants: [] });
  });
  afterAll(() => t.close());

  async function post<T = Record<string, unknown>>(
    path: string,
    body: unknown,
    options: { cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: `vejviser_session=${options.cookie}` } : {}),
        ...options.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T,
      cookie: response.headers.getSetCookie()[0] ?? null,
    };
  }

  const signIn = (email = EMAIL, password = PASSWORD, headers?: Record<string, string>) =>
    post<BrowserSession & { code?: string; message?: string }>('/konto/session', { email, password }, { headers });

  it('signs in: the refresh token goes into an HttpOnly, Secure, SameSite=Strict cookie on the session path only', async () => {
    const answer = await signIn();
    expect(answer.status).toBe(200);
    const cookie = parseSetCookie(answer.cookie!);
    expect(answer.cookie!.startsWith('vejviser_session=')).toBe(true);
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toMatchObject({
      httponly: true,
      secure: true,
      samesite: 'Strict',
      path: '/konto/session',
      'max-age': String(8 * 3600),
    });
    expect(answer.body).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
      idleTimeoutSeconds: 8 * 3600,
      account: { id: expect.any(String), email: EMAIL, displayName: 'Nattevagt Nora', organisationId: null, grants: [] },
    });
    expect(JSON.stringify(answer.body)).not.toContain(cookie.value);
    const me = await t.graphql<{ me: { email: string } }>(`{ me { email } }`, {}, { token: answer.body.accessToken });
    expect(me.data!.me.email).toBe(EMAIL);
  });

  it('refreshes from the cookie, rotating it: the old cookie works once only, and using it again ends the session', async () => {
    const first = parseSetCookie((await signIn()).cookie!).value;
    const renewed = await post<BrowserSession>('/konto/session/forny', {}, { cookie: first });
    expect(renewed.status).toBe(200);
    expect(renewed.body.account.email).toBe(EMAIL);
    const second = parseSetCookie(renewed.cookie!);
    expect(second.value).not.toBe(first);
    expect(second.attributes).toMatchObject({ httponly: true, secure: true, samesite: 'Strict', path: '/konto/session' });

    const replay = await post('/konto/session/forny', {}, { cookie: first });
    expect(replay.status).toBe(401);
    expect(replay.body).toEqual({ code: 'SESSION_EXPIRED', message: 'Sessionen er udløbet. Log ind igen.' });
    expect(parseSetCookie(replay.cookie!).attributes.expires).toContain('1970');
    // The copy was presented: the whole family has ended, the newer token too.
    expect((await post('/konto/session/forny', {}, { cookie: second.value })).status).toBe(401);
  });

  it('answers 204 without a cookie: an anonymous page asking quietly', async () => {
    const answer = await post('/konto/session/forny', {});
    expect(answer).toEqual({ status: 204, body: null, cookie: null });
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const token = parseSetCookie((await signIn()).cookie!).value;
    const out = await post('/konto/session/log-ud', {}, { cookie: token });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true, sessions: 1 });
    const cleared = parseSetCookie(out.cookie!);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toMatchObject({ path: '/konto/session', httponly: true, secure: true, samesite: 'Strict' });
    expect(cleared.attributes.expires).toContain('1970');
    expect((await post('/konto/session/forny', {}, { cookie: token })).status).toBe(401);
    // Signing out twice, or without a session, is not an error.
    expect((await post('/konto/session/log-ud', {})).body).toEqual({ signedOut: true, sessions: 0 });
  });

  it('ends a session left idle longer than SESSION_IDLE_HOURS (explicit clock)', async () => {
    const sessions = t.app.get(SessionsService);
    const signedInAt = new Date('2027-03-06T22:00:00+01:00');
    const start = (await sessions.signIn(EMAIL, PASSWORD, '127.0.0.1', signedInAt)) as Session;
    expect(start).toBeInstanceOf(Session);
    // Used again after 7 h 59 min: fine, and the idle clock starts over.
    const later = new Date(signedInAt.getTime() + 8 * HOUR - 60_000);
    const kept = (await sessions.refresh(start.refreshToken, later)) as Session;
    expect(kept).toBeInstanceOf(Session);
    const tooLate = await sessions.refresh(kept.refreshToken, new Date(later.getTime() + 8 * HOUR + 60_000));
    expect(tooLate).toBeInstanceOf(AuthenticationError);
    expect(tooLate).toMatchObject({
      code: 'SESSION_IDLE',
      message: 'Du er logget ud, fordi du ikke har brugt Vejviser i 8 timer. Log ind igen.',
    });
    // Refused once for idling, it stays ended.
    expect(await sessions.refresh(kept.refreshToken, later)).toBeInstanceOf(AuthenticationError);
  });

  it('refuses an idle cookie over HTTP with its own code and clears it', async () => {
    const token = parseSetCookie((await signIn()).cookie!).value;
    await t.database.dataSource.query(
      `UPDATE refresh_token SET created_at = created_at - interval '8 hours 1 minute' WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
    const answer = await post('/konto/session/forny', {}, { cookie: token });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'SESSION_IDLE' });
    expect(parseSetCookie(answer.cookie!).attributes.expires).toContain('1970');
  });

  it('tells what is wrong with a request, field by field and in Danish, without a stack trace', async () => {
    const missing = await post('/konto/session', { email: '  ' });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Udfyld e-mail og adgangskode.',
      fieldErrors: [
        { path: 'email', message: 'Skriv din e-mailadresse.' },
        { path: 'password', message: 'Skriv din adgangskode.' },
      ],
    });
    expect(missing.cookie).toBeNull();

    const wrong = await signIn(EMAIL, 'forkert-adgangskode');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'AUTHENTICATION_FAILED', message: 'Forkert e-mail eller adgangskode.' });

    const broken = await post('/konto/session', '{"email": ');
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ code: 'INVALID_JSON', message: 'Forespørgslen er ikke gyldig JSON.' });
  });

  it('refuses what a forged cross-site request could send: a form post, or a foreign Origin', async () => {
    const form = await fetch(`${t.url}/konto/session/log-ud`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toEqual({ code: 'JSON_REQUIRED', message: 'Send forespørgslen som JSON (Content-Type: application/json).' });
    const foreign = await signIn(EMAIL, PASSWORD, { origin: 'https://ond.example.com' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('FORBIDDEN_ORIGIN');
    expect(foreign.cookie).toBeNull();
    expect((await signIn(EMAIL, PASSWORD, { origin: t.url })).status).toBe(200);
  });

  it('keeps the sign-in throttle, per account and per client address (X-Forwarded-For from a trusted proxy)', async () => {
    const guess = (email: string, address: string) => signIn(email, 'gæt', { 'x-forwarded-for': address });
    for (let i = 0; i < 3; i++) expect((await guess(`gaet${i}@example.org`, '203.0.113.7')).status).toBe(401);
    const blocked = await guess('endnu.en@example.org', '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'For mange mislykkede forsøg fra din netværksadresse. Vent 15 minutter, og prøv igen.',
    });
    expect((await guess('endnu.en@example.org', '203.0.113.8')).status).toBe(401);
  });
});
