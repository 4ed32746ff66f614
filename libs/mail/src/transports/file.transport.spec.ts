import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { FileTransport } from './file.transport.js';
import type { OutgoingMail } from './mail-transport.js';

function mail(subject: string): OutgoingMail {
  return {
    messageId: `<${randomUUID()}@vejviser.test>`,
    from: 'Vejviser <noreply@example.org>',
    to: ['sofie.kjaergaard@example.org'],
    subject,
    text: 'Er oplysningerne stadig rigtige? Svar gerne i år.',
    html: '<p>Er oplysningerne stadig rigtige? Svar gerne i år.</p>',
  };
}

describe('FileTransport', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vejviser-file-transport-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates its folder and writes a parseable .eml with the Message-ID unchanged', async () => {
    const dir = join(root, 'data', 'mail');
    const transport = new FileTransport(dir);
    const outgoing = mail('Bekræft oplysningerne om Ungeenheden');

    const receipt = await transport.send(outgoing);

    const files = await readdir(dir);
    expect(files).toEqual([basename(receipt.response)]);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+\.\d{3}Z-[0-9a-f]{12}\.eml$/);
    const parsed = await simpleParser(await readFile(join(dir, files[0])));
    expect(parsed.messageId).toBe(outgoing.messageId);
    expect(parsed.subject).toBe(outgoing.subject);
    expect(parsed.text?.trim()).toBe(outgoing.text);
    expect(receipt.accepted).toEqual(outgoing.to);
  });

  it('writes one file for a Message-ID however often it is sent, and one per distinct message', async () => {
    const dir = join(root, 'retries');
    const transport = new FileTransport(dir);
    const first = mail('Første forsøg');
    const other = mail('En anden mail');

    const a = await transport.send(first);
    const b = await transport.send({ ...first, subject: 'Andet forsøg' });
    await transport.send(other);

    expect(b.response).toBe(a.response);
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(2);
    expect(files.filter((f) => !f.endsWith('.eml'))).toEqual([]);
    const parsed = await simpleParser(await readFile(a.response));
    expect(parsed.subject).toBe(first.subject);
  });

  it('verifies that its folder can be written', async () => {
    await expect(new FileTransport(join(root, 'verify', 'mail')).verify()).resolves.toBeUndefined();
  });
});
