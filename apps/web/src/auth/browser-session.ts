import { setSession } from './session-store';

/** What POST /konto/session (and /forny, /sso) answers; the refresh token stays in the HttpOnly cookie. */
interface BrowserSession {
  accessToken: string;
  expiresAt: string;
  idleTimeoutSeconds: number;
  account: { id: string; email: string; displayName: string };
}

/** A refusal from the session endpoints: a Danish message, and per field where there is one. */
export class SessionError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Renew this long before the access token runs out. */
const RENEW_MARGIN_MS = 60_000;
/** What counts as someone using the PC. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let renewTimer: ReturnType<typeof setTimeout> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let idleMs = 8 * 3_600_000;
let lastActivity = Date.now();
let active = false;

async function post(path: string, body: unknown = {}): Promise<BrowserSession | null> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      // JSON only: the server refuses anything else (part of its protection against forged requests).
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new SessionError('Vejviser kunne ikke nås. Tjek forbindelsen og prøv igen.', 'NETWORK');
  }
  if (response.status === 204) return null;
  const answer = (await response.json().catch(() => null)) as
    (BrowserSession & { code?: string; message?: string; fieldErrors?: { path: string; message: string }[] }) | null;
  if (!response.ok || !answer) {
    throw new SessionError(
      answer?.message ?? `Vejviser svarede med en fejl (${response.status}). Prøv igen om lidt.`,
      answer?.code ?? 'ERROR',
      answer?.fieldErrors,
    );
  }
  return answer;
}

function take(session: BrowserSession): void {
  idleMs = session.idleTimeoutSeconds * 1000;
  setSession({ account: session.account, accessToken: session.accessToken, ready: true, notice: null });
  clearTimeout(renewTimer);
  const renewIn = Math.max(5_000, new Date(session.expiresAt).getTime() - Date.now() - RENEW_MARGIN_MS);
  renewTimer = setTimeout(() => void renew(), renewIn);
  watchActivity();
}

function end(notice: string | null): void {
  clearTimeout(renewTimer);
  clearTimeout(idleTimer);
  unwatchActivity();
  setSession({ account: null, accessToken: null, ready: true, notice });
}

/**
 * Renews the access token through the cookie before it runs out, but only for someone still using the PC:
 * a session left alone is not kept alive by the page, and the server ends it after the same idle time.
 */
async function renew(): Promise<void> {
  if (Date.now() - lastActivity >= idleMs) return idleOut();
  try {
    const session = await post('/konto/session/forny');
    if (session) take(session);
    else end(null);
  } catch (error) {
    if (error instanceof SessionError && error.code === 'NETWORK') {
      renewTimer = setTimeout(() => void renew(), 30_000);
      return;
    }
    end(error instanceof Error ? error.message : null);
  }
}

function idleOut(): void {
  void post('/konto/session/log-ud').catch(() => undefined);
  end(`Du er logget ud, fordi Vejviser ikke har været brugt i ${describe(idleMs)}.`);
}

function describe(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.round(ms / 60_000)} minutter`;
  return hours === 1 ? '1 time' : `${String(Math.round(hours * 10) / 10).replace('.', ',')} timer`;
}

function onActivity(): void {
  lastActivity = Date.now();
  clearTimeout(idleTimer);
  idleTimer = setTimeout(idleOut, idleMs);
}

function watchActivity(): void {
  if (active) return;
  active = true;
  for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
  onActivity();
}

function unwatchActivity(): void {
  active = false;
  for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
}

/** At start-up: a quiet refresh through the cookie, so a reload keeps the person signed in. */
export async function resumeSession(): Promise<void> {
  try {
    const session = await post('/konto/session/forny');
    if (session) take(session);
    else end(null);
  } catch (error) {
    end(error instanceof SessionError && error.code !== 'NETWORK' ? error.message : null);
  }
}

export async function signIn(email: string, password: string): Promise<void> {
  const session = await post('/konto/session', { email, password });
  if (session) take(session);
}

/** Finishes single sign-on: the code from the provider and this tab's PKCE verifier. */
export async function signInWithCode(code: string, codeVerifier: string): Promise<void> {
  const session = await post('/konto/session/sso', { code, codeVerifier });
  if (session) take(session);
}

export async function signOut(): Promise<void> {
  try {
    await post('/konto/session/log-ud');
  } finally {
    end(null);
  }
}
