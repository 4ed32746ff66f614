import type { HandoverSheetData } from './sheet-data.js';
import { renderHandoverSheet } from './sheet-html.js';
import { handoverSheetMail } from './sheet-mail.js';

const HOSTILE = '<Anna & "Bo">';
const AT = '2026-12-31T09:00:00.000Z';
const sample: { sheet: HandoverSheetData; senderName: string; message: string | null } = {
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
};

describe('handover sheet', () => {
  it('escapes every value from the database and the sender, in the page and in the mail', () => {
    const sheet: HandoverSheetData = {
      ...sample.sheet,
      municipality: HOSTILE,
      entryPoints: sample.sheet.entryPoints.map((e) => ({
        ...e,
        name: HOSTILE,
        helpText: '<script>alert(1)</script>',
        channels: [{ kind: 'PHONE', label: HOSTILE, value: '+45 70 10 20 30', staffOnly: true }],
      })),
    };
    const page = renderHandoverSheet(sheet);
    const mail = handoverSheetMail({ ...sample, sheet, senderName: HOSTILE, message: HOSTILE });
    for (const html of [page, mail.html]) {
      expect(html).toContain('&lt;Anna &amp; &quot;Bo&quot;&gt;');
      expect(html).not.toContain(HOSTILE);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('– kun fagpersoner');
    }
    expect(mail.text).toContain(HOSTILE);
    expect(mail.subject).toContain(HOSTILE);
  });

  it('is a page without the mail parts, and a mail with who sent it, the note and the link to the page', () => {
    const page = renderHandoverSheet(sample.sheet);
    const mail = handoverSheetMail(sample);
    expect(page).not.toContain('Du får denne mail, fordi');
    expect(page).not.toContain(sample.senderName);
    expect(mail.html).toContain(sample.senderName);
    expect(mail.html).toContain(sample.message!);
    expect(mail.html).toContain(`href="${sample.sheet.pageUrl.replace(/&/g, '&amp;')}"`);
    expect(mail.text).toContain(`Arket til udskrift: ${sample.sheet.pageUrl}`);
    for (const text of [page, mail.html, mail.text]) {
      expect(text).toContain('Ikke bekræftet siden 14. marts 2026');
      expect(text).toContain('Lukket på tidspunktet – åbner mandag den 4. januar 2027 kl. 08.00');
      expect(text).toContain('ikke har en aktiv konto i Vejviser');
      expect(text).toContain('ingen oplysninger om borgeren');
    }
  });

  it('puts the ones to call now first, and says under a shortened section how many more are online', () => {
    const page = renderHandoverSheet(sample.sheet);
    const mail = handoverSheetMail(sample);
    for (const text of [page, mail.html, mail.text]) {
      expect(text.indexOf('Ring nu')).toBeLessThan(text.indexOf('Andre indgange i kommunen'));
      expect(text.indexOf('Døgnåben vagttelefon – Socialvagten')).toBeLessThan(text.indexOf('Andre indgange i kommunen'));
      expect(text).toContain('Se 11 flere online');
    }
    expect(page).toContain(`Se 11 flere online<span class="link">: <a href="${sample.sheet.onlineUrl!.replace(/&/g, '&amp;')}">`);
    expect(mail.text).toContain(`Se 11 flere online: ${sample.sheet.onlineUrl}`);
    expect(page.match(/flere online/g)).toHaveLength(1);
    // Nobody open: it says so, and what to do.
    const closed = renderHandoverSheet({ ...sample.sheet, callNow: [] });
    expect(closed).toContain('Ingen indgang til situationen er åben på tidspunktet');
    expect(closed).toContain('<h2>Indgange i kommunen</h2>');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => handoverSheetMail({ ...sample, sheet: { ...sample.sheet, pageUrl: 'javascript:alert(1)' } })).toThrow(
      /data\.sheet\.pageUrl/,
    );
  });
});
