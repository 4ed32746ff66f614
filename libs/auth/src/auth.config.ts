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
  /** An external OpenID Connect provider whose bearer tokens are accepted too. */
  oidc?: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** The claim holding role values such as "ADMIN" or "EDITOR:<organisation id>". */
  rolesClaim: string;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export const DEFAULT_SIGN_IN_LIMITS: Pick<AuthConfig, 'signInFailuresPerAccount' | 'signInFailuresPerAddress'> = {
  signInFailuresPerAccount: 5,
  signInFailuresPerAddress: 300,
};
export const TOKEN_ISSUER = 'vejviser';
