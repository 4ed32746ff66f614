import { Weekday } from './enums.js';
import {
  danishPublicHolidays,
  easterSunday,
  formatCopenhagen,
  instantOf,
  matchesOpenAt,
  openAtFilter,
  openingFields,
  openingState,
  publicHolidayOn,
  wallClock,
  type HoursLike,
} from './opening-times.js';
import { RequestContext } from '#core';
import { openingStatusAt, openingStatusOf } from './opening-status.js';

const WEEKDAYS = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI];
/** Monday to Friday 08:00–15:00, no exceptions. */
const office = (extra: Partial<HoursLike> = {}): HoursLike => ({
  alwaysOpen: false,
  openOnHolidays: false,
  weekly: WEEKDAYS.map((day) => ({ day, opens: '08:00', closes: '15:00' })),
  exceptions: [],
  ...extra,
});
const iso = (d: Date | null) => d && formatCopenhagen(d);

describe('Danish public holidays', () => {
  it('computes Easter Sunday (Gregorian) for 2024–2030 and known extremes', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2029-04-01',
      '2030-04-21',
    ]);
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists the ten public holidays of 2026, Easter-based ones included', () => {
    expect(danishPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nytårsdag' },
      { date: '2026-04-02', name: 'Skærtorsdag' },
      { date: '2026-04-03', name: 'Langfredag' },
      { date: '2026-04-05', name: 'Påskedag' },
      { date: '2026-04-06', name: '2. påskedag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-24', name: 'Pinsedag' },
      { date: '2026-05-25', name: '2. pinsedag' },
      { date: '2026-12-25', name: 'Juledag' },
      { date: '2026-12-26', name: '2. juledag' },
    ]);
  });

  it('counts store bededag until 2023 and not after it was abolished', () => {
    expect(publicHolidayOn('2023-05-05')?.name).toBe('Store bededag');
    expect(danishPublicHolidays(2023)).toHaveLength(11);
    expect(publicHolidayOn('2024-04-26')).toBeNull();
    expect(danishPublicHolidays(2024)).toHaveLength(10);
  });

  it('does not count juleaftensdag, grundlovsdag, nytårsaftensdag or 1. maj', () => {
    for (const date of ['2026-12-24', '2026-06-05', '2026-12-31', '2026-05-01'])
      expect({ date, holiday: publicHolidayOn(date) }).toEqual({ date, holiday: null });
  });

  it('moves Kristi himmelfartsdag and pinse with Easter', () => {
    expect(danishPublicHolidays(2027).map((h) => h.date)).toEqual(
      expect.arrayContaining(['2027-03-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17']),
    );
  });
});

describe('Copenhagen time', () => {
  it('agrees with the platform time zone data over several years', () => {
    const format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    // Every moment is compared; the disagreements are collected and asserted once (an expect per moment cost a second).
    const disagreements: { at: string; local: string; platform: string }[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2031, 0, 1); t += 7 * 3600_000 + 17 * 60_000) {
      const at = new Date(t);
      const { date, minutes } = wallClock(at);
      const local = `${date} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const platform = format.format(at);
      if (local !== platform) disagreements.push({ at: at.toISOString(), local, platform });
    }
    expect(disagreements).toEqual([]);
  });

  it('turns wall-clock times into instants, moving a skipped time forward and taking the first of a repeated one', () => {
    expect(instantOf('2026-03-29', 2 * 60 + 30).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(instantOf('2026-10-25', 2 * 60 + 30).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30
    expect(instantOf('2026-03-28', 24 * 60 + 8 * 60).toISOString()).toBe('2026-03-29T06:00:00.000Z'); // past midnight
    expect(formatCopenhagen(new Date('2026-03-30T06:00:00Z'))).toBe('2026-03-30T08:00:00+02:00');
    expect(formatCopenhagen(new Date('2026-12-24T09:15:00Z'))).toBe('2026-12-24T10:15:00+01:00');
  });
});

describe('how long an answer about now holds', () => {
  it('holds "now" until the place next closes or opens, and a given moment for good', () => {
    const now = new RequestContext();
    const status = openingStatusAt(now, office(), null)!;
    const change = status.openNow ? status.closesAt : status.nextOpensAt;
    expect(change!.getTime()).toBeGreaterThan(Date.now());
    expect(now.heldUntil).toBe(change!.getTime());

    const given = new RequestContext();
    openingStatusAt(given, office(), new Date('2026-03-27T16:00:00+01:00'));
    openingStatusAt(given, null, null);
    expect(given.heldUntil).toBe(Infinity);
  });

  it('holds for good when nothing changes within a year (always open)', () => {
    const ctx = new RequestContext();
    expect(openingStatusAt(ctx, { ...office(), alwaysOpen: true, weekly: [] }, null)).toMatchObject({ openNow: true, closesAt: null });
    expect(ctx.heldUntil).toBe(Infinity);
  });
});

describe('open at a moment and next opening', () => {
  it('opens on Monday 08:00 summer time after a Friday in winter time', () => {
    const state = openingState(office(), new Date('2026-03-27T16:00:00+01:00'));
    expect(state.openNow).toBe(false);
    expect(iso(state.nextOpensAt)).toBe('2026-03-30T08:00:00+02:00');
    expect(state.nextOpensAt?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('opens on Monday 08:00 winter time after a Friday in summer time', () => {
    const state = openingState(office(), new Date('2026-10-23T16:00:00+02:00'));
    expect(iso(state.nextOpensAt)).toBe('2026-10-26T08:00:00+01:00');
  });

  it('keeps an always-open line open through the night the clocks go forward, until its closed exception', () => {
    const line = { ...office(), alwaysOpen: true, exceptions: [{ date: '2026-03-30', closed: true }] };
    const state = openingState(line, new Date('2026-03-29T01:30:00+01:00'));
    expect(state.openNow).toBe(true);
    expect(iso(state.closesAt)).toBe('2026-03-30T00:00:00+02:00');
    expect(iso(state.nextOpensAt)).toBe('2026-03-31T00:00:00+02:00');
  });

  it('is closed over Easter 2026 (skærtorsdag to 2. påskedag) and opens again on Tuesday', () => {
    const state = openingState(office(), new Date('2026-04-01T10:00:00+02:00'));
    expect(state).toMatchObject({ openNow: true, holiday: null });
    expect(iso(state.closesAt)).toBe('2026-04-01T15:00:00+02:00');
    expect(iso(state.nextOpensAt)).toBe('2026-04-07T08:00:00+02:00');
    const goodFriday = openingState(office(), new Date('2026-04-03T10:00:00+02:00'));
    expect(goodFriday).toMatchObject({ openNow: false, holiday: 'Langfredag', closesAt: null });
    expect(iso(goodFriday.nextOpensAt)).toBe('2026-04-07T08:00:00+02:00');
  });

  it('keeps the weekly hours on holidays when open on holidays, and an exception decides its own date', () => {
    const helpline = office({ openOnHolidays: true });
    expect(openingState(helpline, new Date('2026-04-03T10:00:00+02:00')).openNow).toBe(true);
    const shortDay = office({ exceptions: [{ date: '2026-04-02', closed: false, opens: '10:00', closes: '12:00' }] });
    const state = openingState(shortDay, new Date('2026-04-01T16:00:00+02:00'));
    expect(iso(state.nextOpensAt)).toBe('2026-04-02T10:00:00+02:00');
    expect(openingState(shortDay, new Date('2026-04-02T11:00:00+02:00'))).toMatchObject({ openNow: true, holiday: 'Skærtorsdag' });
    const christmasEve = office({ exceptions: [{ date: '2026-12-24', closed: true }] });
    expect(openingState(christmasEve, new Date('2026-12-24T10:00:00+01:00')).openNow).toBe(false);
    expect(iso(openingState(christmasEve, new Date('2026-12-23T16:00:00+01:00')).nextOpensAt)).toBe('2026-12-28T08:00:00+01:00');
  });

  it('lets an overnight opening belong to the day it opened', () => {
    const nights: HoursLike = {
      alwaysOpen: false,
      weekly: [
        { day: Weekday.THU, opens: '22:00', closes: '02:00' },
        { day: Weekday.SAT, opens: '22:00', closes: '02:00' },
      ],
      exceptions: [],
    };
    // Thursday night is skærtorsdag: closed. Saturday night runs into påskedag: open.
    expect(openingState(nights, new Date('2026-04-03T01:00:00+02:00')).openNow).toBe(false);
    const sunday = openingState(nights, new Date('2026-04-05T01:00:00+02:00'));
    expect(sunday.openNow).toBe(true);
    expect(iso(sunday.closesAt)).toBe('2026-04-05T02:00:00+02:00');
    expect(iso(sunday.nextOpensAt)).toBe('2026-04-09T22:00:00+02:00');
  });

  it('reads 23:59 as midnight, so every day 00:00–23:59 has no gap', () => {
    const allDay: HoursLike = {
      alwaysOpen: false,
      openOnHolidays: true,
      weekly: [...WEEKDAYS, Weekday.SAT, Weekday.SUN].map((day) => ({ day, opens: '00:00', closes: '23:59' })),
      exceptions: [],
    };
    expect(openingState(allDay, new Date('2026-12-24T23:59:30+01:00'))).toMatchObject({ openNow: true, closesAt: null, nextOpensAt: null });
  });

  it('has no status without opening hours and never opens without any hours', () => {
    expect(openingStatusOf(null, new Date())).toBeNull();
    expect(openingState({ alwaysOpen: false, weekly: [], exceptions: [] }, new Date('2026-04-01T10:00:00Z'))).toEqual({
      openNow: false,
      closesAt: null,
      nextOpensAt: null,
      holiday: null,
    });
  });
});

describe('search fields for open-at', () => {
  const samples: HoursLike[] = [
    office({ exceptions: [{ date: '2026-04-02', closed: false, opens: '10:00', closes: '12:00' }] }),
    office({ openOnHolidays: true, exceptions: [{ date: '2026-12-24', closed: true }] }),
    { alwaysOpen: true, weekly: [], exceptions: [{ date: '2026-03-30', closed: false, opens: '09:00', closes: '11:30' }] },
    {
      alwaysOpen: false,
      weekly: [
        { day: Weekday.THU, opens: '22:00', closes: '02:00' },
        { day: Weekday.SAT, opens: '21:30', closes: '03:15' },
        { day: Weekday.SUN, opens: '13:20', closes: '14:45' },
      ],
      exceptions: [{ date: '2026-03-28', closed: false, opens: '23:00', closes: '01:00' }],
    },
  ];

  it('agree with the opening state at every quarter hour across the change to summer time and Easter', () => {
    const weeks = [
      [Date.parse('2026-03-26T00:00:00+01:00'), Date.parse('2026-04-08T00:00:00+02:00')],
      [Date.parse('2026-12-22T00:00:00+01:00'), Date.parse('2026-12-28T00:00:00+01:00')],
    ];
    // Every quarter hour is compared; the disagreements are collected and asserted once.
    const disagreements: { sample: number; at: string; filter: boolean; state: boolean }[] = [];
    samples.forEach((hours, sample) => {
      const fields = openingFields(hours);
      for (const [from, to] of weeks) {
        for (let t = from; t < to; t += 15 * 60_000) {
          const at = new Date(t);
          const filter = matchesOpenAt(fields, openAtFilter(at));
          const state = openingState(hours, at).openNow;
          if (filter !== state) disagreements.push({ sample, at: formatCopenhagen(at), filter, state });
        }
      }
    });
    expect(disagreements).toEqual([]);
  });

  it('numbers weekly slots from the opening day, past midnight included', () => {
    const fields = openingFields(samples[3]);
    expect(fields.openSlots).toContain(3 * 192 + 88); // Thursday 22:00
    expect(fields.openSlots).toContain(3 * 192 + 96 + 7); // Thursday's night, Friday 01:45
    expect(fields.openSlots).not.toContain(3 * 192 + 96 + 8); // Friday 02:00
    expect(fields.openSlots).toContain(6 * 192 + 54); // Sunday 13:30, the first whole quarter after 13:20
    expect(fields.exceptionOpen).toEqual([
      '2026-03-28/92',
      '2026-03-28/93',
      '2026-03-28/94',
      '2026-03-28/95',
      '2026-03-28/96',
      '2026-03-28/97',
      '2026-03-28/98',
      '2026-03-28/99',
    ]);
    expect(openingFields(samples[2])).toMatchObject({ alwaysOpen: true, openSlots: [], exceptionDates: ['2026-03-30'] });
  });
});
