import type { OutgoingMail } from '../transports/mail-transport.js';

/** What a template produces; the queue adds Message-ID, sender and recipients. */
export type RenderedMail = Pick<OutgoingMail, 'subject' | 'html' | 'text' | 'icalEvent'>;

/** One message type: a folder under templates/ with its own sample data for previews and tests. */
export interface MailTemplate<D = unknown> {
  /** Stable name used when queueing, e.g. "theme-day-confirmation". */
  name: string;
  /** Danish, for the template preview list. */
  description: string;
  sample: D;
  render(data: D): RenderedMail;
}
