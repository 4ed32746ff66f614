import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A change to a directory record, published inside the transaction that made it. */
export interface RecordChanged {
  type: 'OrganisationChanged' | 'UnitChanged' | 'ContactChanged' | 'OfferChanged';
  id: string;
  deleted: boolean;
}

export type TransactionalHandler = (manager: EntityManager, event: RecordChanged) => Promise<void>;

/**
 * Handlers that must run in the same transaction as the change (the search index, so a record is
 * findable the moment its mutation returns). A failing handler rolls the whole mutation back.
 */
@Injectable()
export class TransactionalEvents {
  private readonly handlers: TransactionalHandler[] = [];

  subscribe(handler: TransactionalHandler): void {
    this.handlers.push(handler);
  }

  async publish(manager: EntityManager, event: RecordChanged): Promise<void> {
    for (const handler of this.handlers) await handler(manager, event);
  }
}
