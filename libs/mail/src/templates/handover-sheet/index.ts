import { z } from 'zod';
import { textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';
import { handoverSheetData, handoverSheetText, renderHandoverSheet } from './sheet.js';

export { handoverSheetData, handoverSheetText, renderHandoverSheet, NO_CITIZEN_DATA } from './sheet.js';
export type { HandoverSheetData, HandoverSheetMail } from './sheet.js';

export const handoverSheetMailData = z.object({
  sheet: handoverSheetData,
  /** The colleague who sent it: display name and address. */
  senderName: z.string().trim().min(1),
  /** A short note from the sender (checked for CPR numbers before it gets here). */
  message: z.string().trim().min(1).max(500).nullable(),
});
export type HandoverSheetMailData = z.infer<typeof handoverSheetMailData>;

const AT = '2026-12-31T09:00:00.000Z';

export const handoverSheet: MailTemplate<HandoverSheetMailData> = {
  name: 'handover-sheet',
  description: 'Overleveringsark (kontakter, tilbud, frivillige og temadage for en kommune og situation), sendt af en kollega.',
  sample: {
    senderName: 'Mette Holm (mette.holm@example.org)',
    message: 'Her er indgangene til Eksempelby til udskrivningen i morgen.',
    sheet: {
      municipality: 'Eksempelby Kommune',
      municipalityCode: '0217',
      region: 'Region Hovedstaden',
      at: AT,
      madeAt: '2026-12-30T14:12:00.000Z',
      age: 17,
      situations: ['Udskrivning fra børne- og ungdomspsykiatrien (BUP)'],
      staffChannels: 'HIDDEN_NO_ACCOUNT',
      callNow: [
        {
          kind: 'FUNCTION',
          name: 'Døgnåben vagttelefon – Socialvagten',
          roleTitle: 'Socialvagt',
          place: 'Eksempelby Kommune – Familieafdelingen',
          helpText: 'Uden for kontortid: akutte bekymringer for børn og unge. Ring 112 ved livsfare.',
          channels: [{ kind: 'PHONE', label: 'Døgnåben vagttelefon', value: '+45 70 10 20 99', staffOnly: false }],
          hours: 'Døgnåben',
          opening: { openNow: true, closesAt: null, nextOpensAt: null, holiday: null },
          stale: false,
          lastVerifiedAt: '2026-11-01T10:00:00.000Z',
        },
      ],
      entryPoints: [
        {
          kind: 'FUNCTION',
          name: 'Indgang ved udskrivning fra BUP – Familieafdelingen',
          roleTitle: 'Indgang for BUP',
          place: 'Eksempelby Kommune – Familieafdelingen',
          helpText: 'Vi tager imod henvendelser fra BUP om børn og unge under 18 år, der udskrives.',
          channels: [{ kind: 'PHONE', label: 'Telefon', value: '+45 70 10 20 30', staffOnly: false }],
          hours: 'man–tor 08.00–15.00, fre 08.00–13.00',
          opening: { openNow: false, closesAt: null, nextOpensAt: '2027-01-04T07:00:00.000Z', holiday: null },
          stale: true,
          lastVerifiedAt: '2026-03-14T10:00:00.000Z',
        },
      ],
      regionalEntryPoints: [],
      offers: [
        {
          name: 'Familiebehandling (Barnets Lov § 32)',
          provider: 'Eksempelby Kommune',
          accessRoute: 'Kræver en kommunal afgørelse (visitation)',
          ages: '0–17 år',
          referredBy: null,
          decidedBy: 'Familieafdelingen',
          waitingTime: '2–4 uger',
          holdsAuthority: true,
          helpText: null,
          channels: [],
          hours: null,
          stale: false,
          lastVerifiedAt: '2026-10-01T10:00:00.000Z',
        },
      ],
      volunteerOrganisations: [{ name: 'Headspace Eksempelby', local: true, website: 'https://example.org/headspace', description: null }],
      themeDays: [
        {
          title: 'Selvmordsforebyggelse efter udskrivning',
          network: 'Netværk Nordkysten',
          startsAt: '2027-02-10T08:00:00.000Z',
          endsAt: '2027-02-10T14:30:00.000Z',
          venue: 'Rådhuset, Byrådssalen',
          online: false,
        },
      ],
      more: { entryPoints: 11, regionalEntryPoints: 0, offers: 0, volunteerOrganisations: 0, themeDays: 0 },
      pageUrl: 'https://vejviser.example.org/overlevering/ark?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry',
      onlineUrl: 'https://vejviser.example.org/overlevering?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry',
    },
  },
  render(data) {
    const mail = { senderName: data.senderName, message: data.message };
    const title = `Overleveringsark – ${data.sheet.municipality}`;
    const situation = data.sheet.situations.length ? `: ${data.sheet.situations.join(', ')}` : '';
    return {
      subject: `Overleveringsark for ${data.sheet.municipality}${situation}`.slice(0, 200),
      html: renderHandoverSheet(data.sheet, mail),
      text: textLayout(
        { title, reason: `${data.senderName} har sendt dig et overleveringsark fra Vejviser.` },
        handoverSheetText(data.sheet, mail),
      ),
    };
  },
};
