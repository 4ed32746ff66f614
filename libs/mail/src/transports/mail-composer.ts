import type { SendMailOptions, Transporter } from 'nodemailer';
import type { OutgoingMail } from './mail-transport.js';

/** Our message as nodemailer options: the Message-ID is kept as given, the invitation becomes a text/calendar part. */
export function nodemailerMessage(mail: OutgoingMail): SendMailOptions {
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    icalEvent: mail.icalEvent && { method: mail.icalEvent.method, filename: mail.icalEvent.filename, content: mail.icalEvent.content },
  };
}

let composer: Promise<Transporter> | null = null;

/**
 * nodemailer, loaded when the first message is written: a process that sends no mail (a search server) is
 * spared its 24 MB.
 */
export function nodemailer(): Promise<typeof import('nodemailer')> {
  return import('nodemailer');
}

/** The message exactly as it would go over SMTP (RFC 5322, CRLF line endings), with its Message-ID unchanged. */
export async function composeRawMessage(mail: OutgoingMail): Promise<Buffer> {
  composer ??= nodemailer().then(({ createTransport }) => createTransport({ streamTransport: true, buffer: true, newline: 'windows' }));
  const info = await (await composer).sendMail(nodemailerMessage(mail));
  if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer leverede ikke beskeden som buffer.');
  return info.message;
}
