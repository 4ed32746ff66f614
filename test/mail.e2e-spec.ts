import { JobQueue, deadLetterQueue, mutate } from '#core';
import { MAIL_TEMPLATES, MailQueue, SEND_MAIL_JOB } from '#mail';
import { startSmtpCapture, type SmtpCapture } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

interface LogNode {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  messageId: string;
  recipients: string[];
  subject: string;
}

// Mail through the real queue to a real SMTP server on loopback, read back with mailparser.
describe('mail', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    admin = await signInAsAdmin(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const logEntry = async (id: string): Promise<LogNode> => {
    const res = await t.graphql<{ mailMessage: LogNode }>(
      `query ($id: ID!) { mailMessage(id: $id) { id status attempts lastError messageId recipients subject } }`,
      { id },
      { token: admin },
    );
    return res.data!.mailMessage;
  };

  const waitForStatus = async (id: string, status: string, timeoutMs = 30_000): Promise<LogNode> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const entry = await logEntry(id);
      if (entry.status === status || Date.now() > deadline) return entry;
      await new Promise((done) => setTimeout(done, 200));
    }
  };

  const queue = (template: keyof typeof MAIL_TEMPLATES, to: string, idempotencyKey?: string) =>
    mutate(t.database.dataSource, (manager) =>
      t.app.get(MailQueue).queue(manager, { template, to: [to], data: MAIL_TEMPLATES[template].sample, idempotencyKey }),
    ) as Promise<{ id: string; messageId: string }>;

  it('sends a test mail queued over GraphQL, with both parts and Danish letters intact', async () => {
    const before = smtp.messages.length;
    const res = await t.graphql<{ sendTestMail: { __typename: string; id: string; status: string } }>(
      `mutation { sendTestMail(input: { to: "hanne.holm@example.org", sentBy: "Hanne Holm, koordinator" }) { __typename ... on MailMessage { id status } } }`,
      {},
      { token: admin },
    );
    expect(res.data!.sendTestMail).toMatchObject({ __typename: 'MailMessage', status: 'QUEUED' });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.envelope.to).toEqual(['hanne.holm@example.org']);
    expect(mail.subject).toBe('Testmail fra Vejviser');
    expect(mail.text).toContain('Æblegrød, Ørestad og Århus');
    expect(mail.html).toContain('Æblegrød');
    expect(mail.html).toContain('Hanne Holm, koordinator');
    const entry = await waitForStatus(res.data!.sendTestMail.id, 'SENT');
    expect(entry).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, recipients: ['hanne.holm@example.org'] });
    expect(mail.messageId).toBe(entry.messageId);
  });

  it('sends a theme-day confirmation with a calendar invitation as a text/calendar part', async () => {
    const before = smtp.messages.length;
    const queued = await queue('theme-day-confirmation', 'anna.larsen@example.org');
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.subject).toMatch(/æ|ø|å/i);
    const calendar = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(calendar).toBeDefined();
    const ics = calendar!.content.toString('utf8');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:temadag-4f2b9c@vejviser.example.org');
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270210T090000');
    expect(mail.messageId).toBe(queued.messageId);
  });

  it('rides out an SMTP outage with retries, keeping the same Message-ID', async () => {
    const before = smtp.messages.length;
    smtp.failNext(2);
    const queued = await queue('test-message', 'bo.berg@example.org');
    const [mail] = (await smtp.waitFor(before + 1, 30_000)).slice(before);
    expect(mail.messageId).toBe(queued.messageId);
    const entry = await waitForStatus(queued.id, 'SENT');
    expect(entry).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
  });

  it('marks a message FAILED and parks its job as a dead letter when every attempt fails', async () => {
    smtp.failNext(100);
    const queued = await queue('test-message', 'carl.clausen@example.org');
    const entry = await waitForStatus(queued.id, 'FAILED', 45_000);
    smtp.failNext(0);
    expect(entry.status).toBe('FAILED');
    expect(entry.attempts).toBe(4); // the first attempt and three retries
    expect(entry.lastError).toContain('451');
    expect(
      await t.app.get(JobQueue).count(deadLetterQueue(SEND_MAIL_JOB), ['created', 'retry', 'active', 'completed', 'failed']),
    ).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('queues nothing when the transaction that asked for the mail rolls back', async () => {
    const count = async () => Number((await t.database.dataSource.query(`SELECT count(*) AS n FROM mail_message`))[0].n);
    const before = await count();
    await expect(
      t.database.dataSource.transaction(async (manager) => {
        await t.app
          .get(MailQueue)
          .queue(manager, { template: 'test-message', to: ['dorte@example.org'], data: MAIL_TEMPLATES['test-message'].sample });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await count()).toBe(before);
  });

  it('queues a message once per idempotency key', async () => {
    const first = await queue('test-message', 'erik@example.org', 'verification-digest-2026-11-23-erik');
    const second = await queue('test-message', 'erik@example.org', 'verification-digest-2026-11-23-erik');
    expect(second.id).toBe(first.id);
  });

  it('refuses a test mail to something that is not an address, and logs nothing', async () => {
    const res = await t.graphql<{ sendTestMail: { __typename: string; fieldErrors: { path: string }[] } }>(
      `mutation { sendTestMail(input: { to: "ikke-en-adresse" }) { __typename ... on ValidationError { fieldErrors { path } } } }`,
      {},
      { token: admin },
    );
    expect(res.data!.sendTestMail).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.to' }] });
  });

  it('keeps the mail log and the test mail for administrators', async () => {
    const anonymous = await t.graphql<{ sendTestMail: { __typename: string } }>(
      `mutation { sendTestMail(input: { to: "x@example.org" }) { __typename } }`,
    );
    expect(anonymous.data!.sendTestMail.__typename).toBe('ForbiddenError');
    const log = await t.graphql(`{ mailMessages { totalCount } }`);
    expect(log.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
