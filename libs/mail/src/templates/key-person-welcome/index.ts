import { z } from 'zod';
import { danishDate } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { button, htmlLayout, link, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const httpUrl = z.url({ protocol: /^https?$/ });
const isoDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const keyPersonWelcomeData = z
  .object({
    recipientName: z.string().trim().min(1),
    /** The person they took over from, when it was a handover. */
    predecessorName: z.string().trim().min(1).optional(),
    /** The organisation they became key person of in Vejviser (approving colleagues who ask for access). */
    organisationName: z.string().trim().min(1).optional(),
    networks: z.array(
      z.object({
        name: z.string().trim().min(1),
        description: z.string().trim().min(1).optional(),
        /** The party they represent, e.g. "Helsingør Kommune". */
        partyName: z.string().trim().min(1),
        keyPerson: z.boolean(),
        steeringGroup: z.boolean(),
        coordinatorEmail: z.string().trim().min(1).optional(),
        themeDays: z.array(z.object({ title: z.string().trim().min(1), startsAt: isoDateTime })).max(5),
        supervisionGroups: z.array(z.object({ name: z.string().trim().min(1), focus: z.string().trim().min(1) })).max(5),
        calendarUrl: httpUrl,
      }),
    ),
    publicUrl: httpUrl,
  })
  .refine((data) => data.networks.length > 0 || data.organisationName !== undefined, 'Angiv mindst ét netværk eller en organisation.');
export type KeyPersonWelcomeData = z.infer<typeof keyPersonWelcomeData>;
type WelcomeNetwork = KeyPersonWelcomeData['networks'][number];

function roleOf(network: WelcomeNetwork): string {
  if (network.keyPerson && network.steeringGroup) return `nøgleperson for ${network.partyName} og medlem af styregruppen`;
  if (network.keyPerson) return `nøgleperson for ${network.partyName}`;
  return `medlem af styregruppen (for ${network.partyName})`;
}

function titleOf(data: KeyPersonWelcomeData): string {
  const [first, ...others] = data.networks;
  if (!first) return `Velkommen som nøgleperson for ${data.organisationName} i Vejviser`;
  if (others.length) return `Velkommen som nøgleperson i ${data.networks.map((n) => n.name).join(' og ')}`;
  return first.keyPerson ? `Velkommen som nøgleperson i ${first.name}` : `Velkommen i styregruppen for ${first.name}`;
}

const THEME_DAYS =
  'Faglige temadage, hvor eksperter og praktikere tager ét emne op ad gangen – og hvor I sætter ansigt på hinanden på tværs af kommuner, region og frivillige organisationer.';
const SUPERVISION =
  'Supervisionsgrupper til de svære sager, fx selvmordstanker og selvskade: 6–12 deltagere fra forskellige kommuner, der mødes gennem et år. Timerne kan tælle med til en psykologs autorisation.';
const CARRY =
  'Bær emner fra netværket ud til dine kolleger – og tag deres spørgsmål og erfaringer med tilbage, så netværket arbejder med det, der fylder hos jer.';
const STEERING = 'Vær med i styregruppen, når den vælger temaer til temadagene og prioriterer netværkets arbejde.';
const DIRECTORY =
  'Vejviser er kontaktbogen på tværs af kommuner og region. Søg på situationen (fx udskrivning fra psykiatrien), kommunen og alderen, og find den rette indgang med telefontider. Overleveringsguiden samler det hele for én kommune: indgangene i rækkefølge, tilbuddene, de frivillige organisationer og de næste temadage – uden et eneste ord om borgeren.';
const KEEP_TRUE =
  'Der må ikke ske fejl i kontaktoplysningerne, for behovet er ofte akut. Står du som ansvarlig for kontakter eller tilbud, får du en samlet mail, når de skal bekræftes: ét klik, hvis alt stadig er rigtigt – ellers retter du det, der er ændret. Holder du selv op en dag, så bed en redaktør overdrage dine roller, så kollegerne bliver ført videre til din efterfølger.';

function tasksOf(data: KeyPersonWelcomeData): string[] {
  const parties = [...new Set(data.networks.filter((n) => n.keyPerson).map((n) => n.partyName))];
  const tasks: string[] = [];
  if (parties.length) {
    tasks.push(
      `Godkend nye medlemmer fra ${parties.join(' og ')}: når en kollega søger om at komme med i netværket, får du besked og godkender eller afviser i Vejviser.`,
      CARRY,
    );
  }
  if (data.networks.some((n) => n.steeringGroup)) tasks.push(STEERING);
  if (data.organisationName) {
    tasks.push(`Godkend kolleger fra ${data.organisationName}, der beder om adgang til Vejviser, og inviter nye kolleger.`);
  }
  return tasks;
}

function offerLines(network: WelcomeNetwork): { themeDays: string[]; supervision: string[] } {
  return {
    themeDays: network.themeDays.map((day) => `${danishDate(day.startsAt)}: ${day.title}`),
    supervision: network.supervisionGroups.map((group) => `${group.name} (${group.focus})`),
  };
}

function list(items: string[]): SafeHtml {
  return html`<ul style="margin:0 0 16px 0;padding-left:20px;">
    ${items.map((item) => html`<li style="margin:0 0 4px 0;">${item}</li>`)}
  </ul>`;
}

function networkHtml(network: WelcomeNetwork): SafeHtml {
  const offers = offerLines(network);
  return html`<h2 style="margin:24px 0 8px 0;font-size:18px;">Det giver ${network.name} dig og dine kolleger</h2>
    ${network.description && paragraph(network.description)} ${paragraph(THEME_DAYS)}
    ${offers.themeDays.length > 0 && html`${paragraph('De næste temadage:')}${list(offers.themeDays)}`} ${paragraph(SUPERVISION)}
    ${offers.supervision.length > 0 && html`${paragraph('Der kan søges om plads i:')}${list(offers.supervision)}`}
    ${paragraph(html`Læg netværkets temadage i din kalender: ${link(network.calendarUrl, 'abonnér på kalenderen')}.`)}
    ${
      network.coordinatorEmail &&
      paragraph(
        html`Netværkets koordinator svarer gerne på spørgsmål: ${link(`mailto:${network.coordinatorEmail}`, network.coordinatorEmail)}.`,
      )
    }`;
}

function networkText(network: WelcomeNetwork): string[] {
  const offers = offerLines(network);
  return [
    `DET GIVER ${network.name.toUpperCase()} DIG OG DINE KOLLEGER`,
    ...(network.description ? ['', network.description] : []),
    '',
    THEME_DAYS,
    ...(offers.themeDays.length ? ['', 'De næste temadage:', ...offers.themeDays.map((line) => `* ${line}`)] : []),
    '',
    SUPERVISION,
    ...(offers.supervision.length ? ['', 'Der kan søges om plads i:', ...offers.supervision.map((line) => `* ${line}`)] : []),
    '',
    `Læg netværkets temadage i din kalender: ${network.calendarUrl}`,
    ...(network.coordinatorEmail ? ['', `Netværkets koordinator svarer gerne på spørgsmål: ${network.coordinatorEmail}`] : []),
  ];
}

export const keyPersonWelcome: MailTemplate<KeyPersonWelcomeData> = {
  name: 'key-person-welcome',
  description: 'Velkomst til en ny nøgleperson eller et nyt styregruppemedlem: hvad netværket og Vejviser giver, og hvad opgaven er.',
  sample: {
    recipientName: 'Lærke Østergaard',
    predecessorName: 'Hanne Jensen',
    networks: [
      {
        name: 'Netværk Nordkysten',
        description: 'Et netværk af kommuner, regionale enheder og frivillige organisationer om børn og unge i mistrivsel.',
        partyName: 'Eksempelby Kommune',
        keyPerson: true,
        steeringGroup: true,
        coordinatorEmail: 'tovholder@example.org',
        themeDays: [
          { title: 'Selvskade og selvmordstanker hos unge', startsAt: '2027-02-10T09:00:00+01:00' },
          { title: 'Overgangen til voksenlivet ved 18 år', startsAt: '2027-03-10T09:00:00+01:00' },
        ],
        supervisionGroups: [{ name: 'Supervisionsgruppe 2027', focus: 'Selvmordstruede og selvskadende adfærd' }],
        calendarUrl: 'https://vejviser.example.org/calendar/networks/4f2b9c.ics',
      },
    ],
    organisationName: 'Eksempelby Kommune',
    publicUrl: 'https://vejviser.example.org',
  },
  render(data) {
    const title = titleOf(data);
    const names = data.networks.map((n) => n.name);
    const layout = {
      title,
      preheader: 'Det giver netværket og Vejviser dig – og det er din opgave.',
      reason: names.length
        ? `du er blevet ${data.networks.map((n) => `${roleOf(n)} i ${n.name}`).join(' og ')}.`
        : `du er blevet nøgleperson for ${data.organisationName} i Vejviser.`,
    };
    const roles = data.networks.map((n) => `${roleOf(n)} i ${n.name}`);
    if (data.organisationName && !data.networks.some((n) => n.keyPerson && n.partyName === data.organisationName)) {
      roles.push(`nøgleperson for ${data.organisationName} i Vejviser`);
    }
    const welcome = `Velkommen! Du er nu ${roles.join(' og ')}.`;
    const predecessor =
      data.predecessorName &&
      `Du har overtaget efter ${data.predecessorName}. Tak, fordi du tager over – så ved kollegerne fortsat, hvem de skal gå til.`;
    const tasks = tasksOf(data);
    return {
      subject: title,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(welcome)}${predecessor && paragraph(predecessor)}
          ${data.networks.map(networkHtml)}
          <h2 style="margin:24px 0 8px 0;font-size:18px;">Din opgave</h2>
          ${list(tasks)}
          <h2 style="margin:24px 0 8px 0;font-size:18px;">Vejviser – og hvorfor oplysningerne skal være sande</h2>
          ${paragraph(DIRECTORY)}${paragraph(KEEP_TRUE)}${paragraph(button(data.publicUrl, 'Åbn Vejviser'))}`,
      ),
      text: textLayout(
        layout,
        [
          `Hej ${data.recipientName},`,
          '',
          welcome,
          ...(predecessor ? ['', predecessor] : []),
          ...data.networks.flatMap((network) => ['', ...networkText(network)]),
          '',
          'DIN OPGAVE',
          ...tasks.map((task) => `* ${task}`),
          '',
          'VEJVISER – OG HVORFOR OPLYSNINGERNE SKAL VÆRE SANDE',
          '',
          DIRECTORY,
          '',
          KEEP_TRUE,
          '',
          `Åbn Vejviser: ${data.publicUrl}`,
        ].join('\n'),
      ),
    };
  },
};
