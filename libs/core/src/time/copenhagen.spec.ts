import {
  DateTimeInputError,
  NonexistentTimeError,
  copenhagenInstant,
  copenhagenOffset,
  copenhagenParts,
  danishFormat,
  formatCopenhagenIso,
  inDateTimeRange,
  parseDateTime,
  weekdayOf,
} from './copenhagen.js';

const iso = (text: string) => parseDateTime(text).toISOString();

describe('Copenhagen offsets (platform time-zone data)', () => {
  it('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(copenhagenOffset(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(copenhagenOffset(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(copenhagenOffset(new Date('2026-10-25T00:59:59Z'))).toBe(120);
    expect(copenhagenOffset(new Date('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('gives the parts of an instant in winter, summer and across a year boundary', () => {
    expect(copenhagenParts(new Date('2026-12-12T22:30:00Z'))).toEqual({
      year: 2026,
      month: 12,
      day: 12,
      hour: 23,
      minute: 30,
      second: 0,
      date: '2026-12-12',
      minutes: 23 * 60 + 30,
      weekday: 5,
      offset: 60,
    });
    expect(copenhagenParts(new Date('2027-07-01T06:15:00Z'))).toMatchObject({
      date: '2027-07-01',
      hour: 8,
      minute: 15,
      weekday: 3,
      offset: 120,
    });
    expect(copenhagenParts(new Date('2026-12-31T23:30:00Z'))).toMatchObject({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      weekday: 4,
    });
    expect(weekdayOf('2026-12-12')).toBe(5);
    expect(weekdayOf('2027-01-04')).toBe(0);
  });

  it('writes an instant as Copenhagen time with its offset', () => {
    expect(formatCopenhagenIso(new Date('2026-03-30T06:00:00Z'))).toBe('2026-03-30T08:00:00+02:00');
    expect(formatCopenhagenIso(new Date('2026-12-24T09:15:00Z'))).toBe('2026-12-24T10:15:00+01:00');
  });
});

describe('Copenhagen wall time → instant', () => {
  it('reads winter and summer times, and minutes running past midnight', () => {
    expect(copenhagenInstant('2026-12-12', 23 * 60 + 30).toISOString()).toBe('2026-12-12T22:30:00.000Z');
    expect(copenhagenInstant('2027-06-15', 8 * 60).toISOString()).toBe('2027-06-15T06:00:00.000Z');
    expect(copenhagenInstant('2026-12-31', 24 * 60 + 30).toISOString()).toBe('2026-12-31T23:30:00.000Z');
  });

  it('takes the first occurrence of the autumn hour that happens twice (summer time, +02:00)', () => {
    expect(copenhagenInstant('2026-10-25', 2 * 60 + 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(copenhagenInstant('2026-10-25', 3 * 60).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses the spring hour that does not exist, or moves it forward when asked', () => {
    expect(() => copenhagenInstant('2027-03-28', 2 * 60 + 30)).toThrow(NonexistentTimeError);
    expect(() => copenhagenInstant('2027-03-28', 2 * 60 + 30)).toThrow('Klokken 02:30 den 28. marts 2027 findes ikke i dansk tid');
    expect(copenhagenInstant('2027-03-28', 2 * 60 + 30, 'later').toISOString()).toBe('2027-03-28T01:30:00.000Z'); // 03:30 CEST
    expect(copenhagenInstant('2027-03-28', 3 * 60).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });
});

describe('parseDateTime', () => {
  it('reads a date-time without an offset as Copenhagen wall time', () => {
    expect(iso('2026-12-12T23:30')).toBe('2026-12-12T22:30:00.000Z');
    expect(iso('2026-12-12T23:30:15.250')).toBe('2026-12-12T22:30:15.250Z');
    expect(iso('2027-07-01 08:00:00')).toBe('2027-07-01T06:00:00.000Z');
    expect(iso('2026-12-12')).toBe('2026-12-11T23:00:00.000Z');
    expect(iso('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(iso('2026-12-12T23:30:00Z')).toBe('2026-12-12T23:30:00.000Z');
    expect(iso('2026-12-12T23:30:00+01:00')).toBe('2026-12-12T22:30:00.000Z');
    expect(iso('2026-12-12T23:30:00.123-0530')).toBe('2026-12-13T05:00:00.123Z');
    expect(iso('2027-03-28T02:30:00+01:00')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('refuses the spring gap, impossible dates and clocks, and text it cannot read, in Danish', () => {
    expect(() => parseDateTime('2027-03-28T02:30')).toThrow(NonexistentTimeError);
    expect(() => parseDateTime('2027-02-30T10:00')).toThrow('Datoen 2027-02-30 findes ikke');
    expect(() => parseDateTime('2027-02-01T24:00')).toThrow('Klokkeslættet findes ikke');
    expect(() => parseDateTime('2027-02-01T10:00+25:00')).toThrow('Forskydningen');
    for (const bad of ['', 'i morgen', '12-12-2026 23:30', '2026-12-12T23', '2026-12-12T23:30\u0000'])
      expect(() => parseDateTime(bad)).toThrow('Tidspunktet kan ikke læses');
  });

  it('refuses years before 1900 and after 2200', () => {
    for (const bad of ['-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '0000-01-01T00:00', '1899-12-31T23:59', '2201-01-01T00:00'])
      expect(() => parseDateTime(bad)).toThrow(
        new DateTimeInputError(
          'Tidspunktet skal ligge mellem år 1900 og 2200, fx "2026-12-12T23:30" (dansk tid) eller "2026-12-12T23:30:00+01:00".',
        ),
      );
    expect(iso('1900-01-01T00:00')).toBe('1899-12-31T23:00:00.000Z');
    expect(iso('2200-12-31T23:59')).toBe('2200-12-31T22:59:00.000Z');
    expect(inDateTimeRange(new Date('2026-12-12T00:00:00Z'))).toBe(true);
    expect(inDateTimeRange(new Date('-000001-01-01T00:00:00Z'))).toBe(false);
    expect(inDateTimeRange(new Date(Number.NaN))).toBe(false);
  });
});

describe('Danish formatters', () => {
  it('write Copenhagen time the Danish way', () => {
    const at = new Date('2026-12-12T22:30:00Z');
    expect(danishFormat.date.format(at)).toBe('12. december 2026');
    expect(danishFormat.weekday.format(at)).toBe('lørdag');
    expect(danishFormat.weekdayDate.format(at)).toBe('lørdag den 12. december 2026');
    expect(danishFormat.clock.format(at)).toBe('23.30');
    expect(danishFormat.dateTime.format(at)).toBe('12. december 2026 kl. 23.30');
    expect(danishFormat.fullDateTime.format(at)).toBe('lørdag den 12. december 2026 kl. 23.30');
    expect(danishFormat.plainDate.format(new Date('2026-12-12T00:00:00Z'))).toBe('12. december 2026');
  });
});
