import { linkSignatureMatches, linkTokenSubject, signLink, signedLinkToken } from './link-tokens.js';

const SECRET = 'test-link-secret-0123456789abcdef';
const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('link tokens', () => {
  it('keeps the format of links already mailed, byte for byte', () => {
    expect(signLink(SECRET, 'theme-day-registration', ID)).toBe('QUwRq-NYLHH8qeROKzHRJWodNtl5mwoqPdNj-iyN4nc');
    expect(signedLinkToken(SECRET, 'change-subscription', ID)).toBe(`${ID}.feX2io4PKDTsmPxFDLVL2oFdRnE2SmZkvFGomqn166M`);
  });

  it('accepts its own signature and refuses another purpose, subject, secret or a changed signature', () => {
    const signature = signLink(SECRET, 'theme-day-registration', ID);
    expect(linkSignatureMatches(SECRET, 'theme-day-registration', ID, signature)).toBe(true);
    expect(linkSignatureMatches(SECRET, 'change-subscription', ID, signature)).toBe(false);
    expect(linkSignatureMatches(SECRET, 'theme-day-registration', ID.replace('7c9e', '7c9f'), signature)).toBe(false);
    expect(linkSignatureMatches(`${SECRET}x`, 'theme-day-registration', ID, signature)).toBe(false);
    expect(linkSignatureMatches(SECRET, 'theme-day-registration', ID, `${signature.slice(0, -1)}A`)).toBe(false);
    expect(linkSignatureMatches(SECRET, 'theme-day-registration', ID, signature.slice(1))).toBe(false);
    expect(linkSignatureMatches(SECRET, 'theme-day-registration', ID, '')).toBe(false);
  });

  it('reads the subject of a "subject.signature" token, tolerating spaces and a trailing full stop', () => {
    const token = signedLinkToken(SECRET, 'change-subscription', ID);
    expect(linkTokenSubject(SECRET, 'change-subscription', token)).toBe(ID);
    expect(linkTokenSubject(SECRET, 'change-subscription', ` ${token}.\n`)).toBe(ID);
    expect(linkTokenSubject(SECRET, 'theme-day-registration', token)).toBeNull();
    expect(linkTokenSubject(SECRET, 'change-subscription', ID)).toBeNull();
    expect(linkTokenSubject(SECRET, 'change-subscription', `.${token.split('.')[1]}`)).toBeNull();
    expect(linkTokenSubject(SECRET, 'change-subscription', token.replace(ID, ID.replace('7c9e', '0000')))).toBeNull();
  });
});
