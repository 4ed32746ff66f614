import { Outbox } from '#core';
import { createModuleContext, type TestContext } from '#testing';
import { MAIL_TEMPLATES } from '../templates/index.js';
import { MailQueue } from './mail-queue.service.js';

// The questions the domain libs ask the outbox instead of reading mail_message themselves.
describe('the outbox as mail implements it', () => {
  let t: TestContext;
  let outbox: Outbox;
  const sample = MAIL_TEMPLATES['test-message'].sample;
  const sql = (text: string, params: unknown[] = []) => t.database.dataSource.query(text, params) as Promise<Record<string, unknown>[]>;
  const queue = (key: string, to = 'outbox@example.org', template = 'test-message', data: unknown = sample) =>
    t.database.dataSource.transaction((manager) => outbox.queue(manager, { template, to: [to], data, idempotencyKey: key }));
  const keys = async () => (await sql(`SELECT idempotency_key FROM mail_message`)).map((r) => String(r.idempotency_key)).sort();

  beforeAll(async () => {
    t = await createModuleContext();
    outbox = t.context.get(Outbox);
  });
  afterAll(() => t.close());
  beforeEach(() => sql(`DELETE FROM mail_message`));

  it('is the mail queue, and queues a key once', async () => {
    expect(outbox).toBe(t.context.get(MailQueue));
    const first = await queue('k:1');
    expect((await queue('k:1')).id).toBe(first.id);
    expect(await keys()).toEqual(['k:1']);
  });

  it('refuses data its template does not accept, in the caller’s transaction', async () => {
    await expect(queue('k:bad', 'outbox@example.org', 'test-message', { ...sample, recipientName: '' })).rejects.toThrow(
      /Ugyldige data til mailskabelonen "test-message"/,
    );
    await expect(queue('k:unknown', 'outbox@example.org', 'no-such-template')).rejects.toThrow(/Ukendt mailskabelon/);
    expect(await keys()).toEqual([]);
  });

  it('tells which keys were queued', async () => {
    await queue('k:1');
    await queue('k:2');
    await t.database.dataSource.transaction(async (manager) => {
      expect(await outbox.queuedKeys(manager, ['k:1', 'k:3', 'k:2'])).toEqual(new Set(['k:1', 'k:2']));
      expect(await outbox.queuedKeys(manager, [])).toEqual(new Set());
      expect(await outbox.wasQueued(manager, 'k:2')).toBe(true);
      expect(await outbox.wasQueued(manager, 'k:3')).toBe(false);
    });
  });

  it('forgets the sent and given-up messages under a key prefix, taking _ and % literally, and leaves queued ones to be sent', async () => {
    for (const key of ['p:a:1', 'p:a:2', 'p:a:3', 'p:ab:1', 'p:_:1', 'q:a:1']) await queue(key);
    await sql(`UPDATE mail_message SET status = 'SENT' WHERE idempotency_key <> 'p:a:3'`);
    await sql(`UPDATE mail_message SET status = 'FAILED' WHERE idempotency_key = 'p:a:2'`);
    await t.database.dataSource.transaction(async (manager) => {
      await outbox.forgetDelivered(manager, 'p:a:');
      await outbox.forgetDelivered(manager, 'p:%');
      await outbox.forgetDelivered(manager, 'q:_:');
    });
    expect(await keys()).toEqual(['p:_:1', 'p:a:3', 'p:ab:1', 'q:a:1']);
  });

  it('forgets the delivered messages of some templates queued before a moment', async () => {
    await queue('old');
    await queue('new');
    await queue('queued');
    await sql(`UPDATE mail_message SET status = 'SENT' WHERE idempotency_key <> 'queued'`);
    await sql(`UPDATE mail_message SET created_at = '2020-01-01T00:00:00Z' WHERE idempotency_key IN ('old', 'queued')`);
    await t.database.dataSource.transaction(async (manager) => {
      await outbox.forgetDeliveredBefore(manager, ['verification-request'], new Date('2021-01-01T00:00:00Z'));
    });
    expect(await keys()).toEqual(['new', 'old', 'queued']);
    await t.database.dataSource.transaction((manager) =>
      outbox.forgetDeliveredBefore(manager, ['test-message'], new Date('2021-01-01T00:00:00Z')),
    );
    expect(await keys()).toEqual(['new', 'queued']);
  });

  it('blanks every message to an address that is erased, and no other', async () => {
    await queue('mine', 'glem@example.org');
    await queue('theirs', 'behold@example.org');
    await t.database.dataSource.transaction((manager) => outbox.eraseRecipient(manager, 'glem@example.org'));
    const rows = await sql(`SELECT idempotency_key, recipients, subject, html, text FROM mail_message `);
    rows.sort((a, b) => String(a.idempotency_key).localeCompare(String(b.idempotency_key)));
    expect(rows[0]).toEqual({ idempotency_key: 'mine', recipients: ['[slettet]'], subject: '[slettet]', html: '', text: '' });
    expect(rows[1]).toMatchObject({ idempotency_key: 'theirs', recipients: ['behold@example.org'] });
    expect(rows[1].subject).not.toBe('[slettet]');
  });
});
