import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from './ical.js';

const EVENT: CalendarEvent = {
  method: 'REQUEST',
  uid: 'temadag-ical-spec@vejviser.test',
  sequence: 2,
  startsAt: '2027-06-15T13:00:00+02:00',
  endsAt: '2027-06-15T16:00:00+02:00',
  summary: 'Sorg hos børn; hvad gør vi, når en forælder dør?',
  description: 'Linje et\nLinje to, med komma\\og backslash',
  location: 'Rådhuset, Sal 1',
  organizer: { email: 'netvaerk@example.org', name: 'Netværk "Syd"' },
  attendees: [{ email: 'ole@example.org', name: 'Ole Ærøe' }],
  stamp: new Date('2027-01-05T10:20:30.456Z'),
};

describe('iCalendar builder', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'æøå'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('builds a calendar that ical.js reads back to the same values, in summer time too', () => {
    const content = buildCalendar(EVENT);
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const calendar = new ICAL.Component(ICAL.parse(content));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const vevent = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(EVENT.summary);
    expect(event.description).toBe(EVENT.description);
    expect(event.location).toBe(EVENT.location);
    expect(event.uid).toBe(EVENT.uid);
    expect(event.sequence).toBe(EVENT.sequence);
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2027-06-15T13:00:00');
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(EVENT.startsAt));
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2027-01-05T10:20:30Z');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Netværk Syd');
    expect(vevent.getFirstPropertyValue('attendee')).toBe('mailto:ole@example.org');
  });
});
