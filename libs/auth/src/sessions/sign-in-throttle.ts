import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** At most this many failures per account, and per client address, within the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const THROTTLE_WINDOW_MINUTES = 15;

/** Slows password guessing: counts failed sign-ins per e-mail and per address in the database. */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async isBlocked(email: string, address: string, now = new Date()): Promise<boolean> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const [row]: { by_email: string; by_address: string }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1) AS by_email, count(*) FILTER (WHERE address = $2) AS by_address
       FROM sign_in_failure WHERE at > $3 AND (email = $1 OR address = $2)`,
      [email, address, since],
    );
    return Number(row.by_email) >= MAX_FAILURES_PER_ACCOUNT || Number(row.by_address) >= MAX_FAILURES_PER_ADDRESS;
  }

  async failed(email: string, address: string, now = new Date()): Promise<void> {
    await this.dataSource.query(`INSERT INTO sign_in_failure (email, address, at) VALUES ($1, $2, $3)`, [email, address, now]);
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE at < $1`, [new Date(now.getTime() - 24 * 60 * 60_000)]);
  }

  async succeeded(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE email = $1`, [email]);
  }
}
