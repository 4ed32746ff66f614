import { Weekday } from '#directory';
import { hoursText } from './hours-text.js';

const office = (closesFriday = '13:00') => [
  ...[Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU].map((day) => ({ day, opens: '08:00', closes: '15:00' })),
  { day: Weekday.FRI, opens: '08:00', closes: closesFriday },
];

describe('hoursText', () => {
  it('runs days with the same hours together and says it closes on public holidays', () => {
    expect(hoursText({ alwaysOpen: false, weekly: office(), exceptions: [] })).toBe(
      'man–tor 08.00–15.00, fre 08.00–13.00; lukket på helligdage',
    );
    expect(hoursText({ alwaysOpen: false, openOnHolidays: true, weekly: office('15:00'), exceptions: [] })).toBe('man–fre 08.00–15.00');
  });

  it('lists split days and gaps, and keeps the note', () => {
    const weekly = [
      { day: Weekday.MON, opens: '13:00', closes: '16:00' },
      { day: Weekday.MON, opens: '09:00', closes: '12:00' },
      { day: Weekday.WED, opens: '09:00', closes: '12:00' },
    ];
    expect(hoursText({ alwaysOpen: false, weekly, exceptions: [], note: 'Telefonen lukker i skoleferier' })).toBe(
      'man 09.00–12.00 og 13.00–16.00, ons 09.00–12.00; lukket på helligdage (Telefonen lukker i skoleferier)',
    );
  });

  it('says always open, and nothing without hours', () => {
    expect(hoursText({ alwaysOpen: true, weekly: [], exceptions: [] })).toBe('Døgnåben');
    expect(hoursText(null)).toBeNull();
    expect(hoursText({ alwaysOpen: false, weekly: [], exceptions: [] })).toBeNull();
  });
});
