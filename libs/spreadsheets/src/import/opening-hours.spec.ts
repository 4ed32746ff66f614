import { Weekday } from '#directory';
import { parseOpeningHours } from './opening-hours.js';

const days = (list: Weekday[], opens: string, closes: string) => list.map((day) => ({ day, opens, closes }));
const WEEKDAYS = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI];

describe('parseOpeningHours', () => {
  it('reads a span of days with whole hours', () => {
    expect(parseOpeningHours('man-fre 8-15')).toEqual({ alwaysOpen: false, weekly: days(WEEKDAYS, '08:00', '15:00'), complete: true });
  });

  it('reads full day names, dotted times and a second part', () => {
    expect(parseOpeningHours('Mandag-torsdag 9.00-16.00, fredag 9-14')).toEqual({
      alwaysOpen: false,
      weekly: [...days(WEEKDAYS.slice(0, 4), '09:00', '16:00'), ...days([Weekday.FRI], '09:00', '14:00')],
      complete: true,
    });
  });

  it('reads "hverdage", "kl." and colons', () => {
    expect(parseOpeningHours('Hverdage kl. 8:30-15')).toEqual({
      alwaysOpen: false,
      weekly: days(WEEKDAYS, '08:30', '15:00'),
      complete: true,
    });
  });

  it('reads lists of days, "til", two spans a day and a later day replacing an earlier', () => {
    expect(parseOpeningHours('Man, ons og fre 10-12 og 13-15; lør til søn: 10 til 14').weekly).toEqual([
      ...[Weekday.MON, Weekday.WED, Weekday.FRI].flatMap((d) => [...days([d], '10:00', '12:00'), ...days([d], '13:00', '15:00')]),
      ...days([Weekday.SAT, Weekday.SUN], '10:00', '14:00'),
    ]);
    expect(parseOpeningHours('man-fre 8-15, fre 8-12').weekly.filter((h) => h.day === Weekday.FRI)).toEqual(
      days([Weekday.FRI], '08:00', '12:00'),
    );
    expect(parseOpeningHours('man-fre 8-15, fre lukket').weekly.map((h) => h.day)).toEqual(WEEKDAYS.slice(0, 4));
  });

  it('reads open day and night and closed', () => {
    expect(parseOpeningHours('Døgnåbent')).toEqual({ alwaysOpen: true, weekly: [], complete: true });
    expect(parseOpeningHours('24/7')).toEqual({ alwaysOpen: true, weekly: [], complete: true });
    expect(parseOpeningHours('Lukket')).toEqual({ alwaysOpen: false, weekly: [], complete: true });
  });

  it('says when only part of the text, or none of it, was understood', () => {
    const partly = parseOpeningHours('man-fre 8-15, lukket på helligdage');
    expect(partly).toEqual({ alwaysOpen: false, weekly: days(WEEKDAYS, '08:00', '15:00'), complete: false });
    expect(parseOpeningHours('efter aftale')).toEqual({ alwaysOpen: false, weekly: [], complete: false });
    expect(parseOpeningHours('man-fre 8-25').complete).toBe(false);
    expect(parseOpeningHours('man-fre 8-8').complete).toBe(false);
  });
});
