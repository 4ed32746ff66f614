import { z } from 'zod';
import { danishDate } from '../format.js';
import { html } from '../html.js';
import { button, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const optionalText = z.string().trim().min(1).optional();

export const contactHandedOverData = z.object({
  /** Absent for the network's shared address. */
  recipientName: optionalText,
  leavingName: z.string().trim().min(1),
  leavingRoleTitle: optionalText,
  organisationName: z.string().trim().min(1),
  successorName: z.string().trim().min(1),
  /** The successor is a function line (a duty phone, a team) rather than a person. */
  successorIsFunction: z.boolean(),
  successorRoleTitle: optionalText,
  leftOn: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
  networks: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        /** The roles the leaving person had in the network. */
        roles: z.array(z.enum(['KEY_PERSON', 'STEERING_GROUP'])),
        /** The account that took the roles over; absent: they are vacant. */
        takenOverBy: optionalText,
      }),
    )
    .min(1),
  /** The editor's own words (no citizen data). */
  note: optionalText,
  publicUrl: z.url({ protocol: /^https?$/ }),
});
export type ContactHandedOverData = z.infer<typeof contactHandedOverData>;

/** Danish genitive: "Hanne Jensens", "Lars'". */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`);

const ROLE_NAMES = { KEY_PERSON: 'nøgleperson', STEERING_GROUP: 'medlem af styregruppen' } as const;

function networkLines(data: ContactHandedOverData): string[] {
  return data.networks.map((network) => {
    if (!network.roles.length) return `${data.leavingName} havde ingen særlige roller i ${network.name}.`;
    const roles = network.roles.map((role) => ROLE_NAMES[role]).join(' og ');
    const plural = network.roles.length > 1;
    return network.takenOverBy
      ? `I ${network.name} er ${plural ? 'rollerne' : 'rollen'} som ${roles} overtaget af ${network.takenOverBy}.`
      : `I ${network.name} står ${plural ? 'rollerne' : 'rollen'} som ${roles} ${plural ? 'ledige' : 'ledig'}: der er ikke udpeget en efterfølger med konto i Vejviser.`;
  });
}

export const contactHandedOver: MailTemplate<ContactHandedOverData> = {
  name: 'contact-handed-over',
  description: 'Besked til netværkets koordinatorer om, at en person er holdt op, og hvem der har overtaget.',
  sample: {
    recipientName: 'Kim Koordinator',
    leavingName: 'Hanne Jensen',
    leavingRoleTitle: 'Psykolog, PPR',
    organisationName: 'Eksempelby Kommune',
    successorName: 'Udskrivningskoordinator, vagttelefon',
    successorIsFunction: true,
    successorRoleTitle: 'Ungeenheden',
    leftOn: '2026-11-23',
    networks: [{ name: 'Netværk Nordkysten', roles: ['KEY_PERSON', 'STEERING_GROUP'], takenOverBy: 'Lærke Østergaard' }],
    note: 'Lærke starter 1. december og tager over som nøgleperson.',
    publicUrl: 'https://vejviser.example.org',
  },
  render(data) {
    const successor = data.successorRoleTitle ? `${data.successorName} (${data.successorRoleTitle})` : data.successorName;
    const leaving = data.leavingRoleTitle ? `${data.leavingName} (${data.leavingRoleTitle})` : data.leavingName;
    const title = `${data.leavingName} har forladt ${data.organisationName} – ${data.successorName} har overtaget`;
    const names = data.networks.map((n) => n.name).join(' og ');
    const layout = {
      title,
      preheader: `Kontakter i ${names} skal nu gå til ${data.successorName}.`,
      reason: `du er koordinator for ${names}, hvor ${data.organisationName} er part.`,
    };
    const left = `${leaving} har forladt ${data.organisationName} pr. ${danishDate(data.leftOn)}.`;
    const took = data.successorIsFunction
      ? `Funktionen ${successor} har overtaget: de situationer, ${data.leavingName} tog sig af, stedfortræderskaberne og ansvaret for kontakter og tilbud.`
      : `${successor} har overtaget: de situationer, ${data.leavingName} tog sig af, stedfortræderskaberne og ansvaret for kontakter og tilbud.`;
    const search = `Søger nogen efter ${data.leavingName} i Vejviser, bliver de ført videre til ${data.successorName}. ${genitive(data.leavingName)} direkte numre er fjernet.`;
    const roles = networkLines(data);
    const check = 'Har netværket lister, invitationer eller mailgrupper uden for Vejviser, hvor navnet står, så er det nu, de skal rettes.';
    const note = data.note && `Besked fra redaktøren: ${data.note}`;
    const greeting = data.recipientName ? `Hej ${data.recipientName},` : 'Hej,';
    return {
      subject: title,
      html: htmlLayout(
        layout,
        html`${paragraph(greeting)}${paragraph(left)}${paragraph(took)}${paragraph(search)}
        ${roles.map((line) => paragraph(line))}${note && paragraph(note)}${paragraph(check)}
        ${paragraph(button(data.publicUrl, 'Åbn Vejviser'))}`,
      ),
      text: textLayout(
        layout,
        [
          greeting,
          '',
          left,
          '',
          took,
          '',
          search,
          '',
          ...roles,
          ...(note ? ['', note] : []),
          '',
          check,
          '',
          `Vejviser: ${data.publicUrl}`,
        ].join('\n'),
      ),
    };
  },
};
