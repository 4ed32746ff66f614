import { z } from 'zod';
import { danishDate } from '../format.js';
import { html } from '../html.js';
import { htmlLayout, link, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const httpUrl = z.url({ protocol: /^https?$/ });

export const changeDigestData = z.object({
  recipientName: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  /** The period: changes after `from` up to `to`. */
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  municipalities: z.array(z.string().trim().min(1)).min(1),
  /** Situation labels; empty means every situation. */
  situations: z.array(z.string().trim().min(1)),
  groups: z
    .array(
      z.object({
        organisationName: z.string().trim().min(1),
        records: z
          .array(
            z.object({
              kind: z.enum(['Kontakt', 'Tilbud']),
              name: z.string().trim().min(1),
              changes: z.array(z.string().trim().min(1)).min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  /** Changed records left out of a long digest. */
  more: z.number().int().min(0),
  manageUrl: httpUrl,
  unsubscribeUrl: httpUrl,
});
export type ChangeDigestData = z.infer<typeof changeDigestData>;

const GRAY = '#52606d';

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

export const changeDigest: MailTemplate<ChangeDigestData> = {
  name: 'change-digest',
  description: 'Ugentlig oversigt til et netværksmedlem over ændrede kontakter og tilbud i de valgte kommuner og situationer.',
  sample: {
    recipientName: 'Sofie Kjærgaard',
    networkName: 'Netværk Nordkysten',
    from: '2027-02-01T07:00:00+01:00',
    to: '2027-02-08T07:00:00+01:00',
    municipalities: ['Eksempelby', 'Nabokøbing'],
    situations: ['Udskrivning fra psykiatrien'],
    groups: [
      {
        organisationName: 'Eksempelby Kommune',
        records: [
          {
            kind: 'Kontakt',
            name: 'Udskrivningskoordinator, Ungeenheden',
            changes: ['Telefonnummer ændret fra +45 11 22 33 44 til +45 55 66 77 88'],
          },
          { kind: 'Kontakt', name: 'Anna Holm', changes: ['Kontakt stoppet – Udskrivningskoordinator, Ungeenheden har overtaget'] },
          { kind: 'Tilbud', name: 'Åben rådgivning for unge 15–25 år', changes: ['Tilbud lukket'] },
        ],
      },
      { organisationName: 'Nabokøbing Kommune', records: [{ kind: 'Tilbud', name: 'Udskrivningsmentor', changes: ['Nyt tilbud'] }] },
    ],
    more: 0,
    manageUrl: 'https://vejviser.example.org',
    unsubscribeUrl: 'https://vejviser.example.org/aendringer/afmeld/7c1e2a',
  },
  render(data) {
    const count = data.groups.reduce((n, g) => n + g.records.length, 0) + data.more;
    const what = count === 1 ? 'kontakt eller tilbud' : 'kontakter og tilbud';
    const where = list(data.municipalities);
    const short = data.municipalities.length > 3 ? `${data.municipalities.length} kommuner` : where;
    const about = data.situations.length ? `Situationer: ${list(data.situations)}.` : 'Alle situationer.';
    const period = `fra ${danishDate(data.from)} til ${danishDate(data.to)}`;
    const layout = {
      title: 'Ugens ændringer i Vejviser',
      preheader: `${count} ${what} i ${short} er ændret.`,
      reason: `du abonnerer på ændringer i ${short} gennem ${data.networkName}.`,
    };
    const intro = `Her er, hvad der er ændret i Vejviser ${period} blandt kontakter og tilbud i ${where}. ${about}`;
    const more = data.more > 0 ? `Og ${data.more} flere. Søg i Vejviser for at se dem alle.` : null;
    const manage = 'Du kan vælge andre kommuner og situationer, når du er logget ind i Vejviser:';
    const stop = 'Vil du ikke have oversigten mere, kan du afmelde den her:';
    const groups = data.groups.map(
      (group) =>
        html`<h2 style="margin:24px 0 8px 0;font-size:18px;">${group.organisationName}</h2>
          ${group.records.map(
            (record) =>
              html`<div style="margin:0 0 12px 0;padding:8px 12px;border-left:3px solid #cbd2d9;">
                <p style="margin:0;"><span style="color:${GRAY};">${record.kind}:</span> <strong>${record.name}</strong></p>
                <ul style="margin:4px 0 0 0;padding-left:20px;">
                  ${record.changes.map((change) => html`<li>${change}</li>`)}
                </ul>
              </div>`,
          )}`,
    );
    const textGroups = data.groups.map((group) =>
      [
        group.organisationName,
        '-'.repeat(Math.min(group.organisationName.length, 72)),
        ...group.records.map((r) => [`* ${r.kind}: ${r.name}`, ...r.changes.map((c) => `  - ${c}`)].join('\n')),
      ].join('\n'),
    );
    return {
      subject: `Ugens ændringer i Vejviser: ${count} ${what} i ${short}`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(intro)}${groups}${more && paragraph(more)}${paragraph(
          html`${manage} ${link(data.manageUrl, data.manageUrl)}`,
        )}${paragraph(html`${stop} ${link(data.unsubscribeUrl, 'Afmeld oversigten')}`)}`,
      ),
      text: textLayout(
        layout,
        [
          `Hej ${data.recipientName},`,
          '',
          intro,
          '',
          textGroups.join('\n\n'),
          ...(more ? ['', more] : []),
          '',
          `${manage} ${data.manageUrl}`,
          '',
          `${stop} ${data.unsubscribeUrl}`,
        ].join('\n'),
      ),
    };
  },
};
