import { Inject, Injectable } from '@nestjs/common';
import { AUTH_CONFIG, type AuthConfig, type OidcClientConfig } from '../auth.config.js';
import type { HttpFailure } from '../sessions/session-cookie.js';

export interface SsoEndpoints {
  authorizationEndpoint: string;
  tokenEndpoint: string;
}

/** What the provider's token endpoint answered for a code. */
export interface ProviderTokens {
  accessToken: string | null;
  idToken: string | null;
}

const TIMEOUT_MS = 10_000;
const UNAVAILABLE: HttpFailure = {
  status: 502,
  code: 'SSO_UNAVAILABLE',
  message: 'Log-ind hos din organisation svarer ikke lige nu. Prøv igen om lidt, eller log ind med e-mail og adgangskode.',
};

/**
 * The server's side of single sign-on with authorization code and PKCE: the browser makes the code
 * verifier and goes to the provider; the server exchanges the code (with the browser's verifier) at
 * the provider's token endpoint. The endpoints are configured, or read once from the issuer's
 * discovery document.
 */
@Injectable()
export class SsoClient {
  private discovered: Promise<SsoEndpoints> | null = null;

  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {}

  get client(): OidcClientConfig | null {
    return this.config.oidc?.client ?? null;
  }

  async endpoints(): Promise<SsoEndpoints | HttpFailure> {
    const client = this.client;
    if (!client || !this.config.oidc) return { status: 404, code: 'SSO_DISABLED', message: 'Log-ind hos din organisation er ikke sat op.' };
    if (client.authorizationEndpoint && client.tokenEndpoint) {
      return { authorizationEndpoint: client.authorizationEndpoint, tokenEndpoint: client.tokenEndpoint };
    }
    this.discovered ??= this.discover(this.config.oidc.issuer);
    try {
      return await this.discovered;
    } catch {
      this.discovered = null; // try again next time
      return UNAVAILABLE;
    }
  }

  /** Trades the code for the provider's tokens; the verifier proves the browser that started the flow asks. */
  async exchange(code: string, codeVerifier: string): Promise<ProviderTokens | HttpFailure> {
    const endpoints = await this.endpoints();
    if ('status' in endpoints) return endpoints;
    const client = this.client!;
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: codeVerifier,
      redirect_uri: client.redirectUri,
      client_id: client.clientId,
    });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (client.clientSecret) {
      const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${encode(client.clientId)}:${encode(client.clientSecret)}`).toString('base64')}`;
    }
    let response: globalThis.Response;
    try {
      response = await fetch(endpoints.tokenEndpoint, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch {
      return UNAVAILABLE;
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.status >= 500 || !body) return UNAVAILABLE;
    if (!response.ok) {
      // invalid_grant: the code was used, expired, or the verifier does not match.
      return {
        status: 401,
        code: 'SSO_FAILED',
        message: 'Log-ind hos din organisation blev ikke godkendt, eller linket er brugt. Prøv at logge ind igen.',
      };
    }
    const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
    return { accessToken: text(body.access_token), idToken: text(body.id_token) };
  }

  private async discover(issuer: string): Promise<SsoEndpoints> {
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const doc = (await response.json()) as { authorization_endpoint?: unknown; token_endpoint?: unknown };
    if (typeof doc.authorization_endpoint !== 'string' || typeof doc.token_endpoint !== 'string') {
      throw new Error(`${url}: no authorization_endpoint or token_endpoint`);
    }
    return { authorizationEndpoint: doc.authorization_endpoint, tokenEndpoint: doc.token_endpoint };
  }
}
