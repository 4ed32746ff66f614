import { TransactionalEventBus, type Database } from '#core';
import { createTestDatabase } from '#testing';

/** The spec's own catalogue: core knows no event by name. */
interface SpecEvents {
  RowWritten: { id: string };
}

// The events of the directory's services are in libs/directory/src/offers/offer-events.spec.ts.
describe('TransactionalEvents', () => {
  let db: Database;
  let events: TransactionalEventBus<SpecEvents>;
  const committed: SpecEvents['RowWritten'][] = [];
  const change = (id: string): SpecEvents['RowWritten'] => ({ id });
  const rows = async () => ((await db.dataSource.query(`SELECT id FROM events_spec_row ORDER BY id`)) as { id: string }[]).map((r) => r.id);

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`CREATE TABLE events_spec_row (id text PRIMARY KEY)`);
    events = new TransactionalEventBus<SpecEvents>(db.dataSource);
    events.onModuleInit();
    events.onCommitted('RowWritten', async (event) => {
      committed.push(event);
    });
  });
  afterAll(() => db.close());
  beforeEach(() => {
    committed.length = 0;
  });

  it('hands a change to after-commit subscribers once its transaction has committed', async () => {
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO events_spec_row (id) VALUES ('a')`);
      await events.publish(manager, 'RowWritten', change('a'));
      expect(committed).toEqual([]);
    });
    expect(committed).toEqual([change('a')]);
  });

  it('tells nobody about a change whose transaction rolled back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO events_spec_row (id) VALUES ('b')`);
        await events.publish(manager, 'RowWritten', change('b'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(committed).toEqual([]);
    expect(await rows()).not.toContain('b');
  });

  it('does not let a failing subscriber undo the change it heard about', async () => {
    events.onCommitted('RowWritten', async () => {
      throw new Error('subscriber fejler');
    });
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO events_spec_row (id) VALUES ('c')`);
      await events.publish(manager, 'RowWritten', change('c'));
    });
    expect(committed).toEqual([change('c')]);
    expect(await rows()).toContain('c');
  });
});
