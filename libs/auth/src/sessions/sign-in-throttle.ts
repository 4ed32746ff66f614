import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config.js';

export const THROTTLE_WINDOW_MINUTES = 15;

/** Why a sign-in is refused before the password is looked at. */
export type SignInBlock = 'account' | 'address';

/**
 * Slows password guessing: counts failed sign-ins in the database (so every API process sees them),
 * per e-mail first and per client address only at a ceiling a shared town-hall address does not
 * reach by honest mistakes. A successful sign-in clears that account's failures from both counts.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  async blocked(email: string, address: string, now = new Date()): Promise<SignInBlock | null> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const [row]: { by_email: string; by_address: string }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1) AS by_email, count(*) FILTER (WHERE address = $2) AS by_address
       FROM sign_in_failure WHERE at > $3 AND (email = $1 OR address = $2)`,
      [email, address, since],
    );
    if (Number(row.by_email) >= this.config.signInFailuresPerAccount) return 'account';
    if (Number(row.by_address) >= this.config.signInFailuresPerAddress) return 'address';
    return null;
  }

  async failed(email: string, address: string, now = new Date()): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_failure (email, address, at) VALUES ($1, $2, $3)`, [email, address, now]);
    // Nothing reads past the window; keeping less keeps less about who tried from where.
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE at < $1`, [new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000)]);
  }

  async succeeded(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE email = $1`, [email]);
  }
}
