import { z } from 'zod';
import { html } from './html.js';
import { facts, htmlLayout, paragraph, textLayout, type LayoutContent } from './layout.js';
import type { RenderedMail } from './mail-template.js';

const instant = z.iso.datetime({ offset: true });

/** What every message to a participant about one session of a supervision group needs. */
export const supervisionSessionBase = z.object({
  name: z.string().trim().min(1),
  groupName: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  facilitatorName: z.string().trim().min(1),
  startsAt: instant,
  endsAt: instant,
  venue: z.string().trim().min(1).optional(),
});

/** A participant and a session, for the samples of the templates about one session. */
export const supervisionSessionSample: z.infer<typeof supervisionSessionBase> = {
  name: 'Lærke Østergaard',
  groupName: 'Supervisionsgruppe: angst',
  networkName: 'Livsmod',
  facilitatorName: 'Jonas Kragh (demo), specialist i psykoterapi',
  startsAt: '2027-03-30T13:00:00+02:00',
  endsAt: '2027-03-30T16:00:00+02:00',
  venue: 'Sundhedshuset Eksempelby, lokale 2',
};

/** "Hej <name>,", the intro, the facts that have a value, and a closing paragraph, as HTML and text. */
export function sessionMail(
  layout: LayoutContent,
  name: string,
  intro: string,
  rows: readonly (readonly [label: string, value: string | undefined])[],
  closing: string,
): RenderedMail {
  return {
    subject: layout.title,
    html: htmlLayout(layout, html`${paragraph(`Hej ${name},`)}${paragraph(intro)}${facts(rows)}${paragraph(closing)}`),
    text: textLayout(
      layout,
      [`Hej ${name},`, '', intro, '', ...rows.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`), '', closing].join(
        '\n',
      ),
    ),
  };
}
