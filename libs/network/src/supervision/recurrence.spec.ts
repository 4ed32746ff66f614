import { MAX_SESSIONS, copenhagenDate, expandSessions, parseRule, wallClockOf } from './recurrence.js';

const localTime = (d: Date) => {
  const w = wallClockOf(d);
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

function slots(recurrence: string, firstSessionAt: string, exceptions: string[] = [], sessionMinutes = 180) {
  const result = expandSessions({ recurrence, firstSessionAt: new Date(firstSessionAt), sessionMinutes, exceptions });
  if (!result.ok) throw new Error(result.message);
  return result.slots;
}

describe('supervision recurrence', () => {
  it('keeps 13:00 Copenhagen time across the change to summer time and back', () => {
    // Every third Tuesday from 2 February 2027 (CET) through March (CEST from 28 March) and October (CET from 31 October).
    const sessions = slots('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12', '2027-02-02T12:00:00Z');
    expect(sessions).toHaveLength(12);
    expect(sessions.map((s) => copenhagenDate(s.startsAt))).toEqual([
      '2027-02-02',
      '2027-02-23',
      '2027-03-16',
      '2027-04-06',
      '2027-04-27',
      '2027-05-18',
      '2027-06-08',
      '2027-06-29',
      '2027-07-20',
      '2027-08-10',
      '2027-08-31',
      '2027-09-21',
    ]);
    expect(new Set(sessions.map((s) => localTime(s.startsAt)))).toEqual(new Set(['13:00']));
    expect(sessions[2].startsAt.toISOString()).toBe('2027-03-16T12:00:00.000Z'); // CET, UTC+1
    expect(sessions[3].startsAt.toISOString()).toBe('2027-04-06T11:00:00.000Z'); // CEST, UTC+2
    expect(sessions.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 180 * 60_000)).toBe(true);

    const autumn = slots('FREQ=WEEKLY;BYDAY=TU;COUNT=10', '2027-10-12T11:00:00Z', [], 90);
    expect(autumn.map((s) => localTime(s.startsAt))).toEqual(Array(10).fill('13:00'));
    expect(autumn[2].startsAt.toISOString()).toBe('2027-10-26T11:00:00.000Z');
    expect(autumn[3].startsAt.toISOString()).toBe('2027-11-02T12:00:00.000Z');
  });

  it('leaves out exception days; COUNT still counts them, as EXDATE does', () => {
    const sessions = slots('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12', '2027-02-02T12:00:00Z', ['2027-03-16', '2027-08-10', '2027-12-24']);
    expect(sessions).toHaveLength(10);
    expect(sessions.map((s) => copenhagenDate(s.startsAt))).not.toContain('2027-03-16');
    expect(sessions.map((s) => copenhagenDate(s.startsAt))).not.toContain('2027-08-10');
  });

  it('ends at UNTIL, a date-only UNTIL counting its whole Copenhagen day', () => {
    const sessions = slots('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330', '2027-03-02T12:00:00Z');
    expect(sessions.map((s) => copenhagenDate(s.startsAt))).toEqual(['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']);
    const utc = slots('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270323T120000Z', '2027-03-02T12:00:00Z');
    expect(utc).toHaveLength(4);
  });

  it('stops after a year, and after MAX_SESSIONS sessions', () => {
    const weekly = slots('FREQ=WEEKLY', '2027-02-02T12:00:00Z');
    expect(weekly).toHaveLength(53);
    expect(copenhagenDate(weekly.at(-1)!.startsAt)).toBe('2028-02-01');
    expect(slots('FREQ=DAILY', '2027-02-02T12:00:00Z')).toHaveLength(MAX_SESSIONS);
  });

  it('follows monthly rules such as the first Tuesday of the month', () => {
    const sessions = slots('FREQ=MONTHLY;BYDAY=1TU;COUNT=4', '2027-02-02T12:00:00Z');
    expect(sessions.map((s) => copenhagenDate(s.startsAt))).toEqual(['2027-02-02', '2027-03-02', '2027-04-06', '2027-05-04']);
  });

  it('does not roll an impossible day (30 February) into March', () => {
    const result = expandSessions({
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=30;COUNT=6',
      firstSessionAt: new Date('2027-01-30T12:00:00Z'),
      sessionMinutes: 60,
      exceptions: [],
    });
    expect(result.ok && result.slots.map((s) => copenhagenDate(s.startsAt))).toEqual([
      '2027-01-30',
      '2027-03-30',
      '2027-04-30',
      '2027-05-30',
      '2027-06-30',
      '2027-07-30',
    ]);
    // ical.js gives 2 March for "30 February" in a yearly rule; that candidate is dropped.
    const yearly = expandSessions({
      recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
      firstSessionAt: new Date('2027-02-02T12:00:00Z'),
      sessionMinutes: 60,
      exceptions: [],
    });
    expect(!yearly.ok && yearly.message).toContain('ingen møder');
  });

  it('refuses a first session the rule does not give (a Monday for BYDAY=TU)', () => {
    const result = expandSessions({
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
      firstSessionAt: new Date('2027-02-01T12:00:00Z'),
      sessionMinutes: 60,
      exceptions: [],
    });
    expect(!result.ok && result.message).toContain('Første møde');
  });

  it('lets the first session itself be an exception', () => {
    const sessions = slots('FREQ=WEEKLY;BYDAY=TU;COUNT=4', '2027-02-02T12:00:00Z', ['2027-02-02']);
    expect(sessions.map((s) => copenhagenDate(s.startsAt))).toEqual(['2027-02-09', '2027-02-16', '2027-02-23']);
  });

  it('normalises the rule: "RRULE:" and lower case accepted, local UNTIL stored as UTC', () => {
    const parsed = parseRule('rrule:freq=weekly;byday=tu;until=20270330');
    expect(parsed.ok && parsed.rule).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T215959Z');
  });

  it.each([
    ['', 'Angiv'],
    ['FREQ=HOURLY', 'FREQ skal være'],
    ['FREQ=WEEKLY;BYDAY=XX', 'Ugyldig værdi'],
    ['FREQ=WEEKLY;FOO=1', 'Ukendt'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20270401', 'både COUNT og UNTIL'],
    ['FREQ=WEEKLY;COUNT=0', 'Ugyldig værdi'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'mere end én gang'],
  ])('rejects %j with a Danish message', (rule, message) => {
    const parsed = parseRule(rule);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });

  it('rejects a schedule that yields no session', () => {
    const before = expandSessions({
      recurrence: 'FREQ=WEEKLY;UNTIL=20260101T000000Z',
      firstSessionAt: new Date('2027-02-02T12:00:00Z'),
      sessionMinutes: 60,
      exceptions: [],
    });
    expect(before.ok).toBe(false);
    const excepted = expandSessions({
      recurrence: 'FREQ=WEEKLY;COUNT=1',
      firstSessionAt: new Date('2027-02-02T12:00:00Z'),
      sessionMinutes: 60,
      exceptions: ['2027-02-02'],
    });
    expect(!excepted.ok && excepted.message).toContain('ingen møder');
  });
});
