export interface AuthConfig {
  /** HMAC key for access tokens; at least 32 characters. */
  jwtSecret: string;
  accessTokenMinutes: number;
  refreshTokenDays: number;
  /** Where people open links from mail, e.g. https://vejviser.kommune.dk. */
  publicUrl: string;
  /** SIGN_IN_FAILURES_PER_ACCOUNT: failed sign-ins to one account within the throttle window before it is locked for the window. */
  signInFailuresPerAccount: number;
  /**
   * SIGN_IN_FAILURES_PER_ADDRESS: failed sign-ins from one address within the window before that
   * address is refused. A town hall shares one address, so this sits far above its honest mistakes.
   */
  signInFailuresPerAddress: number;
  /**
   * SESSION_IDLE_HOURS: a browser session whose refresh token has not been used for this long ends
   * (wards share PCs); the web app also ends it after this long without input.
   */
  sessionIdleHours: number;
  /** An external OpenID Connect provider whose bearer tokens are accepted too. */
  oidc?: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** The claim holding role values such as "ADMIN" or "EDITOR:<organisation id>". */
  rolesClaim: string;
  /** Single sign-on in the browser (authorization code with PKCE); without it only bearer tokens are accepted. */
  client?: OidcClientConfig | null;
}

/** The web app's registration at the provider, for the authorization code flow with PKCE. */
export interface OidcClientConfig {
  clientId: string;
  /** Only for a provider that registers the web app as a confidential client; PKCE is used either way. */
  clientSecret: string | null;
  /** Where the provider sends the browser back with the code: the web app's /log-ind/sso. */
  redirectUri: string;
  scope: string;
  /** Both or neither; when absent, read from OIDC_ISSUER/.well-known/openid-configuration on first use. */
  authorizationEndpoint: string | null;
  tokenEndpoint: string | null;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export const DEFAULT_SESSION_IDLE_HOURS = 8;

export const DEFAULT_SIGN_IN_LIMITS: Pick<AuthConfig, 'signInFailuresPerAccount' | 'signInFailuresPerAddress'> = {
  signInFailuresPerAccount: 5,
  signInFailuresPerAddress: 300,
};
export const TOKEN_ISSUER = 'vejviser';
/** Whom access tokens are for: this API, so a token Vejviser signs for anything else never passes here. */
export const TOKEN_AUDIENCE = 'vejviser-api';
