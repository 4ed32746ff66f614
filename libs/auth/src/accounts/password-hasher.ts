import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2;

/** argon2id password hashes (the binary ships in the npm package). */
@Injectable()
export class PasswordHasher {
  /** Verified against when the account does not exist, so a wrong e-mail takes as long as a wrong password. */
  private readonly dummy = hash('vejviser-dummy-password', { algorithm: ARGON2ID });

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }
}
