import type { EntityManager } from 'typeorm';
import { TransactionalEventBus, type Database, type EventName } from '#core';
import { createTestDatabase } from '#testing';

/** A catalogue of the spec's own; a lib's is DomainEventCatalogue, which it extends in its src/events.ts. */
interface Catalogue {
  ItemAdded: { id: string };
  ItemRemoved: { id: string; reason: string | null };
}

describe('the event catalogue', () => {
  let db: Database;
  let events: TransactionalEventBus<Catalogue>;
  const heard: string[] = [];
  const items = async (manager: EntityManager) =>
    ((await manager.query(`SELECT id FROM catalogue_spec_item ORDER BY id`)) as { id: string }[]).map((r) => r.id);

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`CREATE TABLE catalogue_spec_item (id text PRIMARY KEY)`);
    events = new TransactionalEventBus<Catalogue>(db.dataSource);
    events.onModuleInit();
    events.inTransaction('ItemAdded', async (manager, { id }) => {
      heard.push(`in transaction: added ${id}, sees ${(await items(manager)).join(',')}`);
      if (id === 'refused') throw new Error('afvist i transaktionen');
    });
    events.onCommitted('ItemAdded', async ({ id }) => {
      heard.push(`committed: added ${id}`);
    });
    events.onCommitted('ItemRemoved', async ({ id, reason }) => {
      heard.push(`committed: removed ${id} (${reason ?? 'no reason'})`);
    });
  });
  afterAll(() => db.close());
  beforeEach(() => {
    heard.length = 0;
  });

  const add = (id: string) =>
    db.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO catalogue_spec_item (id) VALUES ($1)`, [id]);
      await events.publish(manager, 'ItemAdded', { id });
    });

  it('hands each event to the handlers of its name only: in the transaction at once, the others after commit', async () => {
    await add('a');
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM catalogue_spec_item WHERE id = 'a'`);
      await events.publish(manager, 'ItemRemoved', { id: 'a', reason: null });
    });
    expect(heard).toEqual(['in transaction: added a, sees a', 'committed: added a', 'committed: removed a (no reason)']);
  });

  it('rolls the change back when an in-transaction handler fails, and tells no after-commit handler', async () => {
    await expect(add('refused')).rejects.toThrow('afvist i transaktionen');
    expect(heard).toEqual(['in transaction: added refused, sees refused']);
    expect(await items(db.dataSource.manager)).not.toContain('refused');
  });

  it('hands an event published outside a transaction to the after-commit handlers at once', async () => {
    await events.publish(db.dataSource.manager, 'ItemRemoved', { id: 'b', reason: 'ryddet op' });
    expect(heard).toEqual(['committed: removed b (ryddet op)']);
  });

  it('checks names and payloads against the catalogue when compiled', () => {
    const names: EventName<Catalogue>[] = ['ItemAdded', 'ItemRemoved'];
    const publishWrong = (manager: EntityManager) => [
      // @ts-expect-error: no such event in the catalogue
      events.publish(manager, 'ItemRenamed', { id: 'x' }),
      // @ts-expect-error: ItemRemoved needs its reason
      events.publish(manager, 'ItemRemoved', { id: 'x' }),
    ];
    // @ts-expect-error: a handler of ItemAdded gets no reason
    events.onCommitted('ItemAdded', async ({ reason }) => void reason);
    expect(names).toHaveLength(2);
    expect(publishWrong).toBeInstanceOf(Function);
  });
});
