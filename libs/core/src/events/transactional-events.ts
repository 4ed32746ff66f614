import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';

/**
 * Every domain event by name, with its payload. Core names none: each lib adds its own in its
 * `src/events.ts` by declaration merging:
 *
 *     declare module '#core' { interface DomainEventCatalogue { OfferChanged: { id: string; deleted: boolean } } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEventCatalogue {}

/** The names of a catalogue's events. */
export type EventName<C = DomainEventCatalogue> = Extract<keyof C, string>;

/** Runs inside the transaction that published the event; a failure rolls the change back. */
export type TransactionalHandler<P> = (manager: EntityManager, payload: P) => Promise<void>;
/** Runs after the transaction committed; never after a rollback, and a failure undoes nothing. */
export type CommittedHandler<P> = (payload: P) => Promise<void>;

interface Published {
  name: string;
  payload: unknown;
}

/**
 * Events published in transactions. Services publish inside their transaction; in-transaction handlers
 * (the search index, the outbox) run at once, and after-commit handlers run only once the transaction
 * has committed. `C` is the catalogue: the app's is DomainEventCatalogue (TransactionalEvents).
 */
// Injectable so that its constructor's parameter types are recorded, for TransactionalEvents to inherit.
@Injectable()
export class TransactionalEventBus<C extends object> implements OnModuleInit {
  private readonly logger = new Logger('Events');
  private readonly inTransactionHandlers = new Map<string, TransactionalHandler<unknown>[]>();
  private readonly committedHandlers = new Map<string, CommittedHandler<unknown>[]>();
  private readonly pending = new WeakMap<QueryRunner, Published[]>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        const events = this.pending.get(queryRunner) ?? [];
        this.pending.delete(queryRunner);
        for (const event of events) this.dispatch(event);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        this.pending.delete(queryRunner);
      },
    };
    this.dataSource.subscribers.push(subscriber);
  }

  /** Handles `name` inside the publishing transaction (in the order subscribed). */
  inTransaction<N extends EventName<C>>(name: N, handler: TransactionalHandler<C[N]>): void {
    add(this.inTransactionHandlers, name, handler as TransactionalHandler<unknown>);
  }

  /** Handles `name` once the publishing transaction has committed. */
  onCommitted<N extends EventName<C>>(name: N, handler: CommittedHandler<C[N]>): void {
    add(this.committedHandlers, name, handler as CommittedHandler<unknown>);
  }

  async publish<N extends EventName<C>>(manager: EntityManager, name: N, payload: C[N]): Promise<void> {
    for (const handler of this.inTransactionHandlers.get(name) ?? []) await handler(manager, payload);
    const runner = manager.queryRunner;
    const event = { name, payload };
    if (!runner?.isTransactionActive) return this.dispatch(event);
    const pending = this.pending.get(runner);
    if (pending) pending.push(event);
    else this.pending.set(runner, [event]);
  }

  private dispatch({ name, payload }: Published): void {
    for (const handler of this.committedHandlers.get(name) ?? []) {
      handler(payload).catch((error: unknown) => this.logger.error(`${name}: ${error instanceof Error ? error.stack : String(error)}`));
    }
  }
}

/** The domain events of every lib (the catalogue they declare), to inject. */
@Injectable()
export class TransactionalEvents extends TransactionalEventBus<DomainEventCatalogue> {}

function add<H>(handlers: Map<string, H[]>, name: string, handler: H): void {
  handlers.set(name, [...(handlers.get(name) ?? []), handler]);
}
