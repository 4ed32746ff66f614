export interface AuthConfig {
  /** HMAC key for access tokens; at least 32 characters. */
  jwtSecret: string;
  accessTokenMinutes: number;
  refreshTokenDays: number;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const TOKEN_ISSUER = 'vejviser';
