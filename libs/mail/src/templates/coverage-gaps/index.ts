import { z } from 'zod';
import { danishDate } from '../format.js';
import { html } from '../html.js';
import { button, htmlLayout, link, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const httpUrl = z.url({ protocol: /^https?$/ });
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const coverageGapsData = z.object({
  recipientName: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  municipalityName: z.string().trim().min(1),
  gaps: z
    .array(
      z.object({
        label: z.string().trim().min(1),
        status: z.enum(['MISSING', 'STALE']),
        /** Where to add a contact for the situation (missing entry points). */
        addUrl: httpUrl,
        /** The stale entry points, to confirm or correct. */
        entryPoints: z.array(
          z.object({
            kind: z.enum(['Funktion', 'Person']),
            name: z.string().trim().min(1),
            verificationDue: isoDate,
            editUrl: httpUrl,
          }),
        ),
      }),
    )
    .min(1),
  overviewUrl: httpUrl,
});
export type CoverageGapsData = z.infer<typeof coverageGapsData>;

type Gap = CoverageGapsData['gaps'][number];

const WHY =
  'Når en borger udskrives eller har forsøgt selvmord, skal fagfolk i psykiatrien hurtigt kunne finde kommunens indgang. Derfor har netværket aftalt, hvilke indgange hver kommune skal have i Vejviser – og at de skal være bekræftet som rigtige.';
const ADD =
  'Der er ingen kontakt i kommunen for denne situation. Opret en funktion (fx en fælles telefonlinje, der ikke afhænger af én person) – eller tilføj situationen til en kontakt, der allerede findes.';
const CONFIRM =
  'Indgangen findes, men ingen af kontakterne er bekræftet inden for fristen. Bekræft, at oplysningerne stadig er rigtige, eller ret dem:';

function heading(gap: Gap): string {
  return `${gap.label} – ${gap.status === 'MISSING' ? 'mangler' : 'skal bekræftes'}`;
}

export const coverageGaps: MailTemplate<CoverageGapsData> = {
  name: 'coverage-gaps',
  description: 'Månedlig besked til en nøgleperson om kommunens manglende og forældede indgange, som netværket kræver.',
  sample: {
    recipientName: 'Sofie Kjærgaard',
    networkName: 'Netværk Nordkysten',
    municipalityName: 'Eksempelby',
    gaps: [
      {
        label: 'Overgangen ved 18 år',
        status: 'MISSING',
        addUrl: 'https://vejviser.example.org/kontakter/ny?organisation=7c1e2a&situation=transition-18',
        entryPoints: [],
      },
      {
        label: 'Efter selvmordsforsøg',
        status: 'STALE',
        addUrl: 'https://vejviser.example.org/kontakter/ny?organisation=7c1e2a&situation=suicidal-behaviour',
        entryPoints: [
          {
            kind: 'Funktion',
            name: 'Kontakt efter selvmordsforsøg – Sundhed og Forebyggelse',
            verificationDue: '2026-09-14',
            editUrl: 'https://vejviser.example.org/kontakter/91fd04/ret',
          },
        ],
      },
    ],
    overviewUrl: 'https://vejviser.example.org/netvaerk/4b2d/daekning',
  },
  render(data) {
    const count = data.gaps.length;
    const summary = count === 1 ? 'én indgang' : `${count} indgange`;
    const layout = {
      title: `Indgange i ${data.municipalityName}, der mangler eller skal bekræftes`,
      preheader: `${data.networkName}: ${summary} i ${data.municipalityName} kræver din hjælp.`,
      reason: `du er nøgleperson for ${data.municipalityName} i ${data.networkName}. Vi skriver kun, når der er noget at gøre, og højst én gang om måneden.`,
    };
    const intro = `${data.networkName} kræver, at ${data.municipalityName} har en indgang i Vejviser for nogle bestemte situationer. Lige nu er der ${summary}, som mangler eller skal bekræftes. Vil du sørge for, at de rigtige får det rettet?`;
    const gapsHtml = data.gaps.map(
      (gap) =>
        html`<div style="margin:0 0 16px 0;padding:12px 16px;border:1px solid #cbd2d9;border-radius:4px;">
          <p style="margin:0 0 8px 0;"><strong>${heading(gap)}</strong></p>
          ${
            gap.status === 'MISSING'
              ? html`<p style="margin:0 0 12px 0;">${ADD}</p>
                  <p style="margin:0;">${button(gap.addUrl, 'Opret en indgang')}</p>`
              : html`<p style="margin:0 0 8px 0;">${CONFIRM}</p>
                  <ul style="margin:0;padding-left:20px;">
                    ${gap.entryPoints.map(
                      (e) =>
                        html`<li style="margin:0 0 4px 0;">
                          ${e.kind}: ${e.name} (skulle være bekræftet ${danishDate(e.verificationDue)}) –
                          ${link(e.editUrl, 'Bekræft eller ret')}
                        </li>`,
                    )}
                  </ul>`
          }
        </div>`,
    );
    const gapsText = data.gaps.map((gap) =>
      [
        `* ${heading(gap)}`,
        ...(gap.status === 'MISSING'
          ? [`  ${ADD}`, `  Opret en indgang: ${gap.addUrl}`]
          : [
              `  ${CONFIRM}`,
              ...gap.entryPoints.map(
                (e) =>
                  `  - ${e.kind}: ${e.name} (skulle være bekræftet ${danishDate(e.verificationDue)})\n    Bekræft eller ret: ${e.editUrl}`,
              ),
            ]),
      ].join('\n'),
    );
    const overview = 'Se hele oversigten over kommunens indgange';
    return {
      subject: `${data.networkName}: ${summary} i ${data.municipalityName} mangler eller skal bekræftes`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(intro)}${gapsHtml}${paragraph(link(data.overviewUrl, overview))}${paragraph(
          html`<strong>Hvorfor?</strong> ${WHY}`,
        )}`,
      ),
      text: textLayout(
        layout,
        [
          `Hej ${data.recipientName},`,
          '',
          intro,
          '',
          gapsText.join('\n\n'),
          '',
          `${overview}: ${data.overviewUrl}`,
          '',
          `Hvorfor? ${WHY}`,
        ].join('\n'),
      ),
    };
  },
};
