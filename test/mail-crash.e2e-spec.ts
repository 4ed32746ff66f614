import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killServerProcesses, postGraphQL, startServerProcess, startSmtpCapture, type SmtpCapture } from '#testing';

// Mail survives a SIGKILL, both while messages wait in the queue and while one is being handed to
// the SMTP server: after a restart every message arrives, and duplicates carry the same Message-ID.
describe('mail across crashes', () => {
  let dataDir: string;
  let smtp: SmtpCapture;
  let port: number;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-crash-'));
    smtp = await startSmtpCapture();
    port = await freePort();
    env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Vejviser <vejviser@example.org>',
      JOBS_POLL_SECONDS: '0.5',
      JOBS_MAINTENANCE_SECONDS: '1',
      MAIL_SEND_TIMEOUT_SECONDS: '5',
      MAIL_RETRY_DELAY_SECONDS: '1',
    };
  });
  afterAll(async () => {
    killServerProcesses();
    await smtp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  let token: string;

  /** An administrator made with `admin:create` on the same data (before the server holds it). */
  const createAdmin = async () => {
    const created = await startServerProcess(env, 'dist/apps/api/src/cli/admin-create.js', [
      '--email',
      'drift@example.org',
      '--password',
      'drift-password-123',
    ]).exit(60);
    expect(created.code).toBe(0);
  };

  const signInAdmin = async () => {
    const res = await postGraphQL<{ signIn: { accessToken: string } }>(
      port,
      `mutation { signIn(input: { email: "drift@example.org", password: "drift-password-123" }) { ... on Session { accessToken } } }`,
    );
    return res.data!.signIn.accessToken;
  };

  const queueTestMail = async (to: string) => {
    const body = await postGraphQL<{ sendTestMail: { __typename: string; messageId: string } }>(
      port,
      `mutation ($to: String!) { sendTestMail(input: { to: $to, sentBy: "Crashtest" }) { __typename ... on MailMessage { messageId } } }`,
      { to },
      { token },
    );
    expect(body.data?.sendTestMail.__typename).toBe('MailMessage');
    return body.data!.sendTestMail.messageId;
  };

  it('delivers every message after kills while queued and while sending', async () => {
    // 1. Queue three messages in a process that runs no jobs, then kill it.
    await createAdmin();
    const queuing = startServerProcess({ ...env, RUN_JOBS: 'false' });
    await queuing.waitUntilHealthy(port);
    token = await signInAdmin();
    const ids = [await queueTestMail('anna@example.org'), await queueTestMail('bo@example.org'), await queueTestMail('carl@example.org')];
    queuing.child.kill('SIGKILL');
    await queuing.exit();
    expect(smtp.messages).toHaveLength(0);

    // 2. Restart with jobs; the SMTP server never answers the first message; kill mid-send.
    smtp.holdNext(1);
    const sending = startServerProcess(env);
    await sending.waitUntilHealthy(port);
    await smtp.waitForHeld(1);
    sending.child.kill('SIGKILL');
    await sending.exit();

    // 3. Restart: the queued ones go out, and the interrupted send is tried again when it expires.
    const recovering = startServerProcess(env);
    await recovering.waitUntilHealthy(port);
    const deadline = Date.now() + 60_000;
    while (new Set(smtp.messages.map((m) => m.messageId)).size < ids.length && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 250));
    }
    const received = new Set(smtp.messages.map((m) => m.messageId));
    expect([...received].sort()).toEqual([...ids].sort());
    expect(smtp.messages.flatMap((m) => m.envelope.to).sort()).toEqual(
      expect.arrayContaining(['anna@example.org', 'bo@example.org', 'carl@example.org']),
    );

    const log = await postGraphQL<{ mailMessages: { edges: { node: { messageId: string; status: string; attempts: number } }[] } }>(
      port,
      `{ mailMessages(first: 10) { edges { node { messageId status attempts } } } }`,
      {},
      { token },
    );
    const nodes = log.data!.mailMessages.edges.map((e) => e.node);
    expect(nodes.map((n) => n.status)).toEqual(['SENT', 'SENT', 'SENT']);
    expect(nodes.some((n) => n.attempts >= 2)).toBe(true); // the interrupted one was tried again
    recovering.child.kill('SIGTERM');
    expect((await recovering.exit()).code).toBe(0);
  }, 120_000);
});
