import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** A person the test provider knows; its dev login form takes the key (any password). */
export interface ProviderPerson {
  email: string;
  name: string;
  roles: string[];
}

export interface OidcProviderFixture {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  /** The audience of its access tokens (OIDC_AUDIENCE). */
  audience: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) on loopback, as a municipality's would be: discovery,
 * an authorization endpoint with its development login and consent pages, a token endpoint, and
 * RS256-signed ID tokens and JWT access tokens for the API (audience "vejviser") carrying the
 * person's e-mail, name and roles. The web app is a public client that must use PKCE (S256).
 */
export async function startOidcProvider(options: {
  /** Read when the first request arrives: the app under test may start after the provider. */
  redirectUris: () => string[];
  people: Record<string, ProviderPerson>;
  port?: number;
}): Promise<OidcProviderFixture> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const key = { ...(await exportJWK(privateKey)), kid: 'test-provider', alg: 'RS256', use: 'sig' };
  const clientId = 'vejviser-web';
  const audience = 'vejviser';
  const personClaims = (id: string) => {
    const person = options.people[id];
    return person ? { email: person.email, email_verified: true, name: person.name, roles: person.roles } : {};
  };
  const create = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          token_endpoint_auth_method: 'none',
          redirect_uris: options.redirectUris(),
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: [key] },
      pkce: { required: () => true },
      claims: { openid: ['sub', 'roles'], email: ['email', 'email_verified'], profile: ['name'] },
      // The ID token carries the claims itself (as Entra ID's does), not only the userinfo endpoint.
      conformIdTokenClaims: false,
      findAccount: (_ctx, sub) => (options.people[sub] ? { accountId: sub, claims: () => ({ sub, ...personClaims(sub) }) } : undefined),
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => 'urn:vejviser:api',
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'vejviser',
            audience,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      extraTokenClaims: (_ctx, token) => ('accountId' in token && token.accountId ? personClaims(token.accountId) : {}),
      cookies: { keys: ['test-provider-cookie-key'] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    });
  let handle: ReturnType<Provider['callback']> | null = null;
  server.on('request', (req, res) => {
    handle ??= quietly(create).callback();
    void handle(req, res);
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    clientId,
    audience,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The provider warns that its development login pages and in-memory store are for tests: they are. */
function quietly<T>(make: () => T): T {
  /* eslint-disable no-console */
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('quick start development-only')) warn(...args);
  };
  try {
    return make();
  } finally {
    console.warn = warn;
  }
  /* eslint-enable no-console */
}
