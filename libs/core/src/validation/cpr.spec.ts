import { looksLikeCpr } from './cpr.js';
import { BROKEN_CHARACTER_REFUSED, CONTROL_CHARACTER_REFUSED, CPR_REFUSED_MESSAGE, textProblem } from './text-safety.js';

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
});

describe('textProblem', () => {
  const oneLine = { multiLine: false, refuseCpr: true };
  const multiLine = { multiLine: true, refuseCpr: true };

  it.each([
    ['NUL', 'a\u0000b', CONTROL_CHARACTER_REFUSED],
    ['an escape sequence', 'Net\u001b[31m', CONTROL_CHARACTER_REFUSED],
    ['DEL', 'a\u007f', CONTROL_CHARACTER_REFUSED],
    ['a C1 control', 'a\u0085', CONTROL_CHARACTER_REFUSED],
    ['a right-to-left override', 'tlf. \u202e21 43', CONTROL_CHARACTER_REFUSED],
    ['a line break inside one line', 'To\nlinjer', CONTROL_CHARACTER_REFUSED],
    ['half a surrogate pair', 'a\ud800', BROKEN_CHARACTER_REFUSED],
    ['a CPR number', 'Borger 230774-1754', CPR_REFUSED_MESSAGE],
  ])('refuses %s in one line', (_, value, message) => expect(textProblem(value, oneLine)).toBe(message));

  it('allows tabs and line breaks where the text has several lines, and white space around one line', () => {
    expect(textProblem('Linje 1\r\n\tLinje 2', multiLine)).toBeNull();
    expect(textProblem(' Navn\n', oneLine)).toBeNull();
    expect(textProblem('a\u0000', multiLine)).toBe(CONTROL_CHARACTER_REFUSED);
  });

  it('allows emoji, Danish letters and joined emoji, and CPR-like text where the check is off', () => {
    expect(textProblem('Æblegrød 😀 👨‍👩‍👧 ÅØ', oneLine)).toBeNull();
    expect(textProblem('230774-1754', { multiLine: false, refuseCpr: false })).toBeNull();
  });
});
