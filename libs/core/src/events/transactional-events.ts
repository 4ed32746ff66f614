import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';

/** A change to a directory record. */
export interface RecordChanged {
  type: 'OrganisationChanged' | 'UnitChanged' | 'ContactChanged' | 'OfferChanged';
  id: string;
  deleted: boolean;
}

/** Runs inside the transaction that made the change; a failure rolls the change back. */
export type TransactionalHandler = (manager: EntityManager, event: RecordChanged) => Promise<void>;
/** Runs after the transaction committed; never after a rollback. */
export type CommittedHandler = (event: RecordChanged) => Promise<void>;

/**
 * Domain events. Services publish inside their transaction; in-transaction handlers (the search
 * index) run at once, and after-commit handlers run only once the transaction has committed.
 */
@Injectable()
export class TransactionalEvents implements OnModuleInit {
  private readonly logger = new Logger('Events');
  private readonly inTransaction: TransactionalHandler[] = [];
  private readonly committed: CommittedHandler[] = [];
  private readonly pending = new WeakMap<QueryRunner, RecordChanged[]>();

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

  subscribe(handler: TransactionalHandler): void {
    this.inTransaction.push(handler);
  }

  onCommitted(handler: CommittedHandler): void {
    this.committed.push(handler);
  }

  async publish(manager: EntityManager, event: RecordChanged): Promise<void> {
    for (const handler of this.inTransaction) await handler(manager, event);
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) this.pending.set(runner, [...(this.pending.get(runner) ?? []), event]);
    else this.dispatch(event);
  }

  private dispatch(event: RecordChanged): void {
    for (const handler of this.committed) {
      handler(event).catch((error: unknown) =>
        this.logger.error(`${event.type} ${event.id}: ${error instanceof Error ? error.stack : String(error)}`),
      );
    }
  }
}
