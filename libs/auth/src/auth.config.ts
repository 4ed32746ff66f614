export interface AuthConfig {
  /** HMAC key for access tokens; at least 32 characters. */
  jwtSecret: string;
  accessTokenMinutes: number;
  refreshTokenDays: number;
  /** Where people open links from mail, e.g. https://vejviser.kommune.dk. */
  publicUrl: string;
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
export const TOKEN_ISSUER = 'vejviser';
