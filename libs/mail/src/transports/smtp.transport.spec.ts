import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { startSmtpCapture, type SmtpCapture } from '#testing';
import { buildCalendar } from '#core';
import type { OutgoingMail } from './mail-transport.js';
import { SmtpTransport } from './smtp.transport.js';

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    messageId: `<${randomUUID()}@vejviser.test>`,
    from: 'Vejviser <noreply@example.org>',
    to: ['mette.holm@example.org', 'jonas.brandt@example.org'],
    subject: 'Temadag om spiseforstyrrelser på Ærø – Østergade, Åbenrå',
    text: 'Hej Mette, vi ses på Ærø. Husk madpakke: æbler, øl og ål.',
    html: '<p>Hej Mette, vi ses på <strong>Ærø</strong>. Husk madpakke: æbler, øl og ål.</p>',
    ...overrides,
  };
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('SmtpTransport', () => {
  let capture: SmtpCapture;
  let transport: SmtpTransport;

  beforeAll(async () => {
    capture = await startSmtpCapture();
    transport = new SmtpTransport({ url: capture.url, rejectUnauthorized: true });
  });

  afterAll(async () => {
    transport.close();
    await capture.close();
  });

  it('delivers Danish text, both parts, the calendar part and the Message-ID unchanged', async () => {
    const calendar = buildCalendar({
      method: 'REQUEST',
      uid: `temadag-${randomUUID()}@vejviser.test`,
      sequence: 0,
      startsAt: '2027-02-10T09:00:00+01:00',
      endsAt: '2027-02-10T15:30:00+01:00',
      summary: 'Spiseforstyrrelser på Ærø',
      organizer: { email: 'temadage@example.org', name: 'Netværk Øerne' },
      attendees: [{ email: 'mette.holm@example.org', name: 'Mette Holm' }],
    });
    const outgoing = mail({ icalEvent: { method: 'REQUEST', filename: 'invitation.ics', content: calendar } });
    const before = capture.messages.length;

    const receipt = await transport.send(outgoing);

    const [received] = (await capture.waitFor(before + 1)).slice(before);
    expect(receipt.accepted.sort()).toEqual([...outgoing.to].sort());
    expect(received.envelope.to.sort()).toEqual([...outgoing.to].sort());
    expect(received.messageId).toBe(outgoing.messageId);
    expect(received.subject).toBe(outgoing.subject);
    expect(received.text?.trim()).toBe(outgoing.text);
    expect(received.html).toContain('<strong>Ærø</strong>');
    const part = received.attachments.find((a) => a.contentType === 'text/calendar');
    expect(part).toBeDefined();
    expect(part?.content.toString('utf8')).toContain('METHOD:REQUEST');
    expect(part?.content.toString('utf8')).toContain('SUMMARY:Spiseforstyrrelser på Ærø');
  });

  it('rejects when the server answers 451, and the next attempt is delivered', async () => {
    const outgoing = mail();
    const before = capture.messages.length;
    capture.failNext(1);

    await expect(transport.send(outgoing)).rejects.toMatchObject({ responseCode: 451 });
    expect(capture.messages).toHaveLength(before);

    await transport.send(outgoing);
    const [received] = (await capture.waitFor(before + 1)).slice(before);
    expect(received.messageId).toBe(outgoing.messageId);
  });

  it('verifies a live server and rejects a closed port', async () => {
    await expect(transport.verify()).resolves.toBeUndefined();
    const dead = new SmtpTransport({ url: `smtp://127.0.0.1:${await closedPort()}`, rejectUnauthorized: true });
    try {
      await expect(dead.verify()).rejects.toThrow();
    } finally {
      dead.close();
    }
  });

  it('refuses a URL that is not smtp:// or smtps://', () => {
    expect(() => new SmtpTransport({ url: 'http://mail.example.org', rejectUnauthorized: true })).toThrow(/smtp:\/\//);
  });
});
