import { ContactKind, Weekday, type Contact } from '#directory';
import { ageFits, rankEntryPoints } from './handover-ranking.js';

const office = {
  alwaysOpen: false,
  openOnHolidays: false,
  weekly: [Weekday.MON, Weekday.TUE].map((day) => ({ day, opens: '08:00', closes: '15:00' })),
  exceptions: [],
};
const always = { alwaysOpen: true, openOnHolidays: false, weekly: [], exceptions: [] };

let next = 0;
function contact(name: string, situationKeys: string[], openingHours: Contact['openingHours'], kind = ContactKind.FUNCTION): Contact {
  return { id: `00000000-0000-0000-0000-${String(++next).padStart(12, '0')}`, name, kind, situationKeys, openingHours } as Contact;
}

/** Saturday 9 January 2027, 23:30 Copenhagen time. */
const SATURDAY_NIGHT = new Date('2027-01-09T23:30:00+01:00');
const question = { askedSituations: ['discharge-child-youth-psychiatry', 'suicidal-behaviour'], at: SATURDAY_NIGHT, age: 17 };

describe('rankEntryPoints', () => {
  it('puts the open line that fits first, whatever its name, and flags it to call now', () => {
    const ranked = rankEntryPoints(
      [
        contact('Aaa kontor for BUP', ['discharge-child-youth-psychiatry'], office),
        contact('Zzz døgnvagt', ['suicidal-behaviour', 'discharge'], always),
      ],
      question,
    );
    expect(ranked.map((e) => [e.contact.name, e.callNow])).toEqual([
      ['Zzz døgnvagt', true],
      ['Aaa kontor for BUP', false],
    ]);
    expect(ranked[1].openingStatus?.nextOpensAt).toEqual(new Date('2027-01-11T07:00:00Z'));
  });

  it('ranks open, then exact situation, then age fit, then functions before persons', () => {
    const ranked = rankEntryPoints(
      [
        contact('person, exact', ['suicidal-behaviour'], always, ContactKind.PERSON),
        contact('closed, exact', ['suicidal-behaviour'], office),
        contact('parent only', ['discharge'], always),
        contact('adults only', ['discharge-adult-psychiatry', 'suicidal-behaviour'], always),
        contact('function, exact', ['suicidal-behaviour'], always),
      ],
      question,
    );
    expect(ranked.map((e) => e.contact.name)).toEqual(['function, exact', 'person, exact', 'adults only', 'parent only', 'closed, exact']);
    expect(ranked.map((e) => e.callNow)).toEqual([true, true, false, false, false]);
    expect(ranked.find((e) => e.contact.name === 'parent only')).toMatchObject({ exactSituation: false, ageFits: true });
  });

  it('gives the call to an open general line when no open entry point has the exact situation', () => {
    const ranked = rankEntryPoints(
      [
        contact('BUP-indgang', ['discharge-child-youth-psychiatry'], office),
        contact('Døgnvagt', ['discharge'], always),
        contact('Voksenlinje', ['discharge', 'discharge-adult-psychiatry'], always),
      ],
      { askedSituations: ['discharge-child-youth-psychiatry'], at: SATURDAY_NIGHT, age: 17 },
    );
    expect(ranked.map((e) => [e.contact.name, e.callNow])).toEqual([
      ['Døgnvagt', true],
      ['Voksenlinje', false],
      ['BUP-indgang', false],
    ]);
    // On Monday morning the exact one is open, and it alone is the one to call.
    const monday = rankEntryPoints(
      ranked.map((e) => e.contact),
      { askedSituations: ['discharge-child-youth-psychiatry'], at: new Date('2027-01-11T10:00:00+01:00'), age: 17 },
    );
    expect(monday.filter((e) => e.callNow).map((e) => e.contact.name)).toEqual(['BUP-indgang']);
  });

  it('counts every entry point as exact when no situation is asked, and as fitting when no age is', () => {
    const [only] = rankEntryPoints([contact('adults', ['discharge-adult-psychiatry'], always)], {
      askedSituations: [],
      at: SATURDAY_NIGHT,
      age: null,
    });
    expect(only).toMatchObject({ exactSituation: true, ageFits: true, callNow: true });
  });
});

describe('ageFits', () => {
  it('takes the ages of the age-specific situations, and any age without one', () => {
    expect(ageFits(['discharge', 'discharge-child-youth-psychiatry'], 17)).toBe(true);
    expect(ageFits(['discharge', 'discharge-child-youth-psychiatry'], 18)).toBe(false);
    expect(ageFits(['discharge-adult-psychiatry'], 17)).toBe(false);
    expect(ageFits(['discharge-child-youth-psychiatry', 'youth-without-education'], 24)).toBe(true);
    expect(ageFits(['suicidal-behaviour'], 90)).toBe(true);
    expect(ageFits(['discharge-adult-psychiatry'], null)).toBe(true);
  });
});
