import type { EntityManager } from 'typeorm';

/** A message a lib asks for: the template that renders it, its recipients and the template's data. */
export interface OutboxMessage {
  /** The template's name, e.g. "theme-day-confirmation"; the mail lib knows the templates and their data. */
  template: string;
  to: string[];
  /** Checked against the template's schema when queued, so bad data fails the caller's transaction. */
  data: unknown;
  /** The same key queues the message once, however often it is asked for. */
  idempotencyKey?: string;
}

/**
 * The transactional outbox, as the domain libs see it: a message is stored in the caller's transaction
 * and delivered after commit by whoever implements this (the mail lib). Also the token to inject.
 */
export abstract class Outbox {
  /** Stores `message` in `manager`'s transaction; a message with an idempotency key already queued is not queued again. */
  abstract queue(manager: EntityManager, message: OutboxMessage): Promise<{ id: string }>;

  /** Which of `keys` have been queued (whatever became of the message since). */
  abstract queuedKeys(manager: EntityManager, keys: readonly string[]): Promise<Set<string>>;

  /** Was a message with this idempotency key queued? */
  async wasQueued(manager: EntityManager, idempotencyKey: string): Promise<boolean> {
    return (await this.queuedKeys(manager, [idempotencyKey])).has(idempotencyKey);
  }

  /** Deletes the sent and given-up messages whose idempotency key starts with `keyPrefix`; queued ones are left to be sent. */
  abstract forgetDelivered(manager: EntityManager, keyPrefix: string): Promise<void>;

  /** Deletes the sent and given-up messages of these templates queued before `before`. */
  abstract forgetDeliveredBefore(manager: EntityManager, templates: readonly string[], before: Date): Promise<void>;

  /** Blanks every message to `address`: the address, the subject and the content. */
  abstract eraseRecipient(manager: EntityManager, address: string): Promise<void>;
}
