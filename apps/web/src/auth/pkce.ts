/**
 * Single sign-on with authorization code and PKCE: this tab makes a secret verifier and sends only its
 * SHA-256 challenge to the provider; the verifier and the state wait in sessionStorage for the way back
 * (they are good for one sign-in, and useless without the code). Tokens never go there.
 */
const KEY = 'vejviser.sso';

export interface SsoSettings {
  enabled: boolean;
  authorizationUrl?: string;
  clientId?: string;
  redirectUri?: string;
  scope?: string;
}

interface Pending {
  verifier: string;
  state: string;
  returnTo: string;
}

function randomString(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return base64url(values);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function ssoSettings(): Promise<SsoSettings> {
  try {
    const response = await fetch('/konto/sso');
    return response.ok ? ((await response.json()) as SsoSettings) : { enabled: false };
  } catch {
    return { enabled: false };
  }
}

/** Sends the browser to the provider's sign-in. */
export async function startSingleSignOn(settings: SsoSettings, returnTo: string): Promise<void> {
  const verifier = randomString(32);
  const state = randomString(16);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(KEY, JSON.stringify({ verifier, state, returnTo } satisfies Pending));
  const url = new URL(settings.authorizationUrl!);
  url.search = new URLSearchParams({
    client_id: settings.clientId!,
    redirect_uri: settings.redirectUri!,
    response_type: 'code',
    scope: settings.scope!,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** The verifier and where to go next, if `state` is the one this tab sent (once only). */
export function takePending(state: string | null): Pending | null {
  const raw = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (!raw || !state) return null;
  const pending = JSON.parse(raw) as Pending;
  return pending.state === state ? pending : null;
}
