import { cprFields, looksLikeCpr } from './cpr.js';

describe('looksLikeCpr', () => {
  it.each([
    '010190-1234',
    'Borger 010190-1234 udskrives',
    '0101901234',
    'cpr:0101901234.',
    '010190 1234',
    '290200-1234', // 29 February 2000
    '290296 1234', // 29 February 1996
    '123456-7890', // written the way a CPR number is written, even without a real date
    '311299‑1234', // non-breaking hyphen
    '0101901234@example.org',
  ])('refuses %s', (text) => expect(looksLikeCpr(text)).toBe(true));

  it.each([
    '',
    '+45 70 20 12 12',
    '70201212',
    '4512 3456',
    '320190 1234', // no 32nd
    '011390 1234', // no 13th month
    '290201 1234', // 2001 is no leap year
    '12345678901', // eleven digits
    'År 2026, kl. 10.00',
    '2027-02-01T10:00:00+01:00',
    'discharge-child-youth-psychiatry',
  ])('lets %s through', (text) => expect(looksLikeCpr(text)).toBe(false));

  it('names every field that looks like a CPR number', () => {
    expect(
      cprFields({ to: 'a@example.org', message: 'Se 0101901234', situations: ['discharge', '010190-1234'], municipalityCode: null }),
    ).toEqual(['input.message', 'input.situations.1']);
  });
});
