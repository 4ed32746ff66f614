import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller.js';
import { MAIL_TEMPLATES, renderTemplate } from './templates/index.js';
import { FileTransport } from './transports/file.transport.js';

describe('DevMailboxController', () => {
  let dir: string;
  let controller: DevMailboxController;
  let file: string;
  const subject = 'Prøvemail til <Anna & Bo>';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vejviser-mailbox-'));
    controller = new DevMailboxController(dir);
    const rendered = renderTemplate('theme-day-confirmation', MAIL_TEMPLATES['theme-day-confirmation'].sample);
    const receipt = await new FileTransport(dir).send({
      ...rendered,
      subject,
      messageId: `<${randomUUID()}@vejviser.test>`,
      from: 'Vejviser <noreply@example.org>',
      to: ['anna.larsen@example.org'],
    });
    file = basename(receipt.response);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the messages with recipient, escaped subject and a link', async () => {
    const page = await controller.list();
    expect(page).toContain('Prøvemail til &lt;Anna &amp; Bo&gt;');
    expect(page).not.toContain(subject);
    expect(page).toContain('anna.larsen@example.org');
    expect(page).toContain(`/dev/mailbox/messages/${file}`);
  });

  it('shows a message with its headers, its HTML in a sandboxed frame and its calendar part', async () => {
    const page = await controller.message(file);
    expect(page).toContain('Prøvemail til &lt;Anna &amp; Bo&gt;');
    expect(page).toMatch(/<iframe sandbox="" srcdoc="[^"]*&lt;html lang=&quot;da&quot;&gt;/);
    expect(page).toContain('METHOD:REQUEST');
    expect(page).toContain(`/dev/mailbox/messages/${file}/raw`);
    expect(await controller.raw(file)).toContain('Message-ID: <');
  });

  it('refuses names that are not a plain .eml file in the mailbox', async () => {
    for (const name of ['../etc/passwd', '../../x.eml', '.hidden.eml', 'a/b.eml', 'a.txt']) {
      await expect(controller.message(name)).rejects.toBeInstanceOf(BadRequestException);
      await expect(controller.raw(name)).rejects.toBeInstanceOf(BadRequestException);
    }
    await expect(controller.message('2000-01-01T00-00-00.000Z-000000000000.eml')).rejects.toBeInstanceOf(NotFoundException);
  });

  it('previews every template and each of its parts', () => {
    const list = controller.templates();
    for (const name of Object.keys(MAIL_TEMPLATES)) expect(list).toContain(`/dev/mailbox/templates/${name}`);

    const sample = MAIL_TEMPLATES['theme-day-confirmation'].sample;
    expect(controller.template('theme-day-confirmation')).toContain('<iframe sandbox=""');
    expect(controller.template('theme-day-confirmation', 'text')).toContain(sample.attendeeName);
    expect(controller.template('theme-day-confirmation', 'ics')).toContain('BEGIN:VCALENDAR');
    expect(() => controller.template('test-message', 'ics')).toThrow(NotFoundException);
    expect(() => controller.template('no-such-template')).toThrow(NotFoundException);
    expect(() => controller.template('test-message', 'pdf')).toThrow(BadRequestException);
  });

  it('shows an empty mailbox when the folder does not exist yet', async () => {
    const page = await new DevMailboxController(join(dir, 'missing')).list();
    expect(page).toContain('Der er ingen mails endnu');
  });
});
