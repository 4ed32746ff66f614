import type { EntityManager } from 'typeorm';

/**
 * Accounts as a lib that may not import auth asks about them (directory: may this account own a
 * record?). Auth answers it (AuthModule provides it, globally); the account table stays auth's.
 */
export abstract class AccountDirectory {
  /** The account's status ('ACTIVE', 'DISABLED', …) in the caller's transaction; null when there is no such account. */
  abstract accountStatus(manager: EntityManager, accountId: string): Promise<string | null>;
}
