import { MAIL_TEMPLATES, MailQueue } from '#mail';
import { mutate } from '#core';
import { startSmtpCapture, type SmtpCapture } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

interface LogNode {
  status: string;
  attempts: number;
  lastError: string | null;
}

// "Prøv igen" in the mail log (issue 17 item 4): a FAILED mail sent once more reaches a real SMTP server on loopback.
describe('mail log: retrying a failed mail', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true }, mailRetryLimit: 0 });
    admin = await signInAsAdmin(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const logEntry = async (id: string): Promise<LogNode> =>
    (
      await t.graphql<{ mailMessage: LogNode }>(
        `query ($id: ID!) { mailMessage(id: $id) { status attempts lastError } }`,
        { id },
        { token: admin },
      )
    ).data!.mailMessage;
  const waitForStatus = async (id: string, status: string): Promise<LogNode> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const entry = await logEntry(id);
      if (entry.status === status || Date.now() > deadline) return entry;
      await new Promise((done) => setTimeout(done, 200));
    }
  };
  const retry = (id: string, token = admin) =>
    t.graphql<{ retryMail: { __typename: string; status?: string; message?: string } }>(
      `mutation ($id: ID!) { retryMail(id: $id) { __typename ... on MailMessage { status } ... on ErrorResult { message } } }`,
      { id },
      { token },
    );
  const history = async (id: string) =>
    (
      await t.graphql<{ history: { action: string; changes: { field: string; after: unknown }[] }[] }>(
        `query ($id: ID!) { history(entityId: $id) { action changes { field after } } }`,
        { id },
        { token: admin },
      )
    ).data!.history;

  it('sends a FAILED mail again with the same Message-ID, and notes the retry in the audit trail', async () => {
    smtp.failNext(1);
    const queued = (await mutate(t.database.dataSource, (manager) =>
      t.app
        .get(MailQueue)
        .queue(manager, { template: 'test-message', to: ['frida@example.org'], data: MAIL_TEMPLATES['test-message'].sample }),
    )) as { id: string; messageId: string };
    const failed = await waitForStatus(queued.id, 'FAILED');
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(failed.lastError).toContain('451');

    const before = smtp.messages.length;
    expect((await retry(queued.id)).data!.retryMail).toEqual({ __typename: 'MailMessage', status: 'QUEUED' });
    const [mail] = (await smtp.waitFor(before + 1, 30_000)).slice(before);
    expect(mail.messageId).toBe(queued.messageId);
    expect(mail.envelope.to).toEqual(['frida@example.org']);
    expect(await waitForStatus(queued.id, 'SENT')).toEqual({ status: 'SENT', attempts: 2, lastError: null });
    expect((await history(queued.id))[0]).toMatchObject({
      action: 'UPDATE',
      changes: expect.arrayContaining([{ field: 'status', after: '"QUEUED"' }]),
    });

    const again = (await retry(queued.id)).data!.retryMail;
    expect(again).toEqual({ __typename: 'ConflictError', message: 'Kun en mail, der ikke kunne sendes, kan prøves igen.' });
  });

  it('answers NotFound for an id that names no mail', async () => {
    expect((await retry('00000000-0000-4000-8000-000000000000')).data!.retryMail.__typename).toBe('NotFoundError');
  });
});
