import { AccessRoute } from '#directory';
import { readAccessRoute, readAgeRange, readDate, readMunicipalities, readPhones } from './values.js';

const MUNICIPALITIES = [
  { code: '0217', name: 'Helsingør' },
  { code: '0540', name: 'Sønderborg' },
];

describe('cell values', () => {
  it.each([
    ['13-30 år', 13, 30],
    ['13–30', 13, 30],
    ['13 til 30 år', 13, 30],
    ['fra 16 år', 16, null],
    ['18+', 18, null],
    ['under 18', null, 17],
    ['25 år', 25, 25],
    ['Unge 15-25 år uden job', 15, 25],
  ])('reads the ages "%s"', (cell, min, max) => {
    expect(readAgeRange(cell)).toEqual({ ok: true, value: { min, max } });
  });

  it('refuses ages it cannot read or that run backwards', () => {
    expect(readAgeRange('unge')).toMatchObject({ ok: false });
    expect(readAgeRange('30-13 år')).toEqual({ ok: false, message: 'Alder fra skal være mindre end eller lig med alder til.' });
  });

  it('reads Danish phone numbers in their usual forms', () => {
    expect(readPhones('74 12 34 56')).toEqual({ ok: true, value: ['+45 74 12 34 56'] });
    expect(readPhones('+45 7412 3456 / 0045-12345678')).toEqual({ ok: true, value: ['+45 74 12 34 56', '+45 12 34 56 78'] });
    expect(readPhones('Tlf. 74-12-34-56')).toEqual({ ok: true, value: ['+45 74 12 34 56'] });
    expect(readPhones('1234')).toMatchObject({ ok: false });
  });

  it('reads municipalities by name or code', () => {
    expect(readMunicipalities('Helsingør Kommune, 540', MUNICIPALITIES)).toEqual({ ok: true, value: ['0217', '0540'] });
    expect(readMunicipalities('helsingor', MUNICIPALITIES)).toEqual({ ok: true, value: ['0217'] });
    expect(readMunicipalities('Atlantis', MUNICIPALITIES)).toEqual({
      ok: false,
      message: 'Ukendt kommune "Atlantis". Skriv navnet eller den firecifrede kommunekode.',
    });
  });

  it('reads access routes and dates in Danish', () => {
    expect(readAccessRoute('Selvhenvendelse')).toEqual({ ok: true, value: AccessRoute.SELF_REFERRAL });
    expect(readAccessRoute('Kræver visitation')).toEqual({ ok: true, value: AccessRoute.VISITATION });
    expect(readDate('3-11-2026')).toEqual({ ok: true, value: '2026-11-03' });
    expect(readDate('2026-11-03')).toEqual({ ok: true, value: '2026-11-03' });
    expect(readDate('31-02-2026')).toMatchObject({ ok: false });
  });
});
