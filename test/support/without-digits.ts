/**
 * `text` with each digit as a letter: an id (a UUID) in an e-mail address or a name that a test sends. A UUID now
 * and then holds six digits, a dash and four more, which the input check refuses as a CPR number.
 */
export const withoutDigits = (text: string): string => text.replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]);
