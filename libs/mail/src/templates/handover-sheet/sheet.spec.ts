import { MAIL_TEMPLATES, renderTemplate } from '../index.js';
import { renderHandoverSheet, type HandoverSheetData } from './sheet.js';

const HOSTILE = '<Anna & "Bo">';
const sample = MAIL_TEMPLATES['handover-sheet'].sample;

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
    const mail = renderTemplate('handover-sheet', { ...sample, sheet, senderName: HOSTILE, message: HOSTILE });
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
    const mail = renderTemplate('handover-sheet', sample);
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
    const mail = renderTemplate('handover-sheet', sample);
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
    expect(() => renderTemplate('handover-sheet', { ...sample, sheet: { ...sample.sheet, pageUrl: 'javascript:alert(1)' } })).toThrow(
      /data\.sheet\.pageUrl/,
    );
  });
});
