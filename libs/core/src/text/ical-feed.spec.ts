import ICAL from 'ical.js';
import { buildCalendar, buildCalendarFeed, type FeedEvent } from './ical.js';

const MODIFIED = new Date('2026-11-20T08:30:00.000Z');

function event(over: Partial<FeedEvent> = {}): FeedEvent {
  return {
    uid: 'temadag-1@vejviser.test',
    sequence: 0,
    startsAt: new Date('2027-02-10T08:00:00Z'),
    endsAt: new Date('2027-02-10T15:00:00Z'),
    summary: 'Selvskade',
    cancelled: false,
    lastModified: MODIFIED,
    ...over,
  };
}

function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => ({ vevent: v, event: new ICAL.Event(v) })) };
}

function textValue(raw: unknown): string {
  return (ICAL.design.icalendar.value.text as unknown as { fromICAL(value: string): string }).fromICAL(String(raw));
}

describe('iCalendar feed builder', () => {
  it('publishes one calendar with the Copenhagen time zone and one event per theme day', () => {
    const content = buildCalendarFeed({
      name: 'Livsmod – temadage',
      description: 'Offentlige temadage',
      events: [
        event(),
        event({
          uid: 'temadag-2@vejviser.test',
          sequence: 3,
          startsAt: '2027-06-15T11:00:00Z',
          endsAt: '2027-06-15T14:00:00Z',
          summary: 'Sorg',
          cancelled: true,
          organizer: { email: 'livsmod@example.org', name: 'Livsmod' },
          url: 'https://vejviser.test/temadage/2',
        }),
      ],
    });
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(content.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(content.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const { calendar, events } = parse(content);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Livsmod – temadage');
    expect(events.map((e) => e.event.uid)).toEqual(['temadag-1@vejviser.test', 'temadag-2@vejviser.test']);
    const [winter, summer] = events;
    expect(String(winter.vevent.getFirstPropertyValue('dtstart'))).toBe('2027-02-10T09:00:00');
    expect(winter.event.startDate.toJSDate().toISOString()).toBe('2027-02-10T08:00:00.000Z');
    expect(String(summer.vevent.getFirstPropertyValue('dtstart'))).toBe('2027-06-15T13:00:00');
    expect(summer.event.endDate.toJSDate().toISOString()).toBe('2027-06-15T14:00:00.000Z');
    expect(winter.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(winter.vevent.getFirstProperty('organizer')).toBeNull();
    expect(summer.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(summer.event.sequence).toBe(3);
    expect(summer.vevent.getFirstPropertyValue('organizer')).toBe('mailto:livsmod@example.org');
    expect(String(summer.vevent.getFirstPropertyValue('last-modified'))).toBe('2026-11-20T08:30:00Z');
    expect(String(summer.vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-20T08:30:00Z');
  });

  it('gives the same bytes for the same events', () => {
    const feed = { name: 'Netværk', events: [event()] };
    expect(buildCalendarFeed(feed)).toBe(buildCalendarFeed(feed));
  });

  it('is an empty but valid calendar without events', () => {
    const { calendar, events } = parse(buildCalendarFeed({ name: 'Tom', events: [] }));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('escapes text and folds long Danish lines at 75 octets', () => {
    const description = `Emne: angst, depression; og selvskade\nProgram:\n${'Æbleø og åkander på Ærø. '.repeat(12)}`;
    const content = buildCalendarFeed({ name: 'Frivillige, kommuner; regioner', events: [event({ summary: 'A, b; c\\d', description })] });
    expect(content).toContain('SUMMARY:A\\, b\\; c\\\\d');
    const lines = content.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const { calendar, events } = parse(content);
    // ical.js has no type for X-WR-CALNAME, so it hands back the raw TEXT: decode it as TEXT.
    expect(textValue(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('Frivillige, kommuner; regioner');
    expect(events[0].event.summary).toBe('A, b; c\\d');
    expect(events[0].event.description).toBe(description);
  });

  it('leaves the single-event invitations as they were', () => {
    const content = buildCalendar({
      method: 'CANCEL',
      uid: 'temadag-1@vejviser.test',
      sequence: 1,
      startsAt: '2027-02-10T09:00:00+01:00',
      endsAt: '2027-02-10T16:00:00+01:00',
      summary: 'Selvskade',
      organizer: { email: 'livsmod@example.org' },
      attendees: [],
    });
    expect(content).toContain('METHOD:CANCEL\r\n');
    expect(content).toContain('STATUS:CANCELLED\r\n');
  });
});
