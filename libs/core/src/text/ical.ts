import { COPENHAGEN_ZONE, copenhagenParts } from '../time/copenhagen.js';

/** One person in an invitation. */
export interface CalendarPerson {
  email: string;
  name?: string;
}

/** One event as an iTIP message (RFC 5546): a REQUEST to add or update it, a CANCEL to remove it. */
export interface CalendarEvent {
  method: 'REQUEST' | 'CANCEL';
  /** Stable for the event across every message about it, e.g. "temadag-42@vejviser". */
  uid: string;
  /** Raised on every change; a CANCEL must carry a higher number than the last REQUEST. */
  sequence: number;
  /** ISO 8601 with an offset, e.g. "2027-02-10T09:00:00+01:00". */
  startsAt: string;
  endsAt: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When the message was made; now unless given. */
  stamp?: Date;
}

export const CALENDAR_ZONE = COPENHAGEN_ZONE;

/**
 * Denmark's rules since 1996 (EU summer time): CEST from the last Sunday of March, CET from the last
 * Sunday of October. The VTIMEZONE component's lines, for every calendar that uses CALENDAR_ZONE.
 */
export const COPENHAGEN_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A complete VCALENDAR with one VEVENT, CRLF line endings, lines folded at 75 octets. */
export function buildCalendar(event: CalendarEvent): string {
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Vejviser//Vejviser//DA',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...COPENHAGEN_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `DTSTAMP:${utcStamp(event.stamp ?? new Date())}`,
    `DTSTART;TZID=${CALENDAR_ZONE}:${localStamp(event.startsAt)}`,
    `DTEND;TZID=${CALENDAR_ZONE}:${localStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    event.description && `DESCRIPTION:${escapeText(event.description)}`,
    event.location && `LOCATION:${escapeText(event.location)}`,
    event.url && `URL:${uriValue(event.url)}`,
    `ORGANIZER${nameParam(event.organizer)}:${mailto(event.organizer.email)}`,
    ...event.attendees.map(
      (person) =>
        `ATTENDEE${nameParam(person)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT${cancelled ? '' : ';PARTSTAT=ACCEPTED'};RSVP=FALSE:${mailto(person.email)}`,
    ),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return serialise(lines);
}

/** One event of a published calendar feed (RFC 5545, iTIP METHOD:PUBLISH). */
export interface FeedEvent {
  /** Stable for the event, the same as in every invitation about it. */
  uid: string;
  sequence: number;
  startsAt: Date | string;
  endsAt: Date | string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** Who publishes the event; left out when unknown. */
  organizer?: CalendarPerson | null;
  cancelled: boolean;
  /** When the event last changed: LAST-MODIFIED, and DTSTAMP so the feed is the same bytes until something changes. */
  lastModified: Date;
}

export interface CalendarFeed {
  /** X-WR-CALNAME and NAME: what calendar clients call the subscription. */
  name: string;
  description?: string | null;
  /** How often clients should fetch the feed again (REFRESH-INTERVAL), in minutes; default 60. */
  refreshMinutes?: number;
  events: FeedEvent[];
}

/**
 * A subscribable calendar: one VCALENDAR (METHOD:PUBLISH) with the Copenhagen VTIMEZONE and one
 * VEVENT per event. Deterministic: the same events give the same bytes (no "now" inside), so the
 * feed can carry an ETag.
 */
export function buildCalendarFeed(feed: CalendarFeed): string {
  const refresh = `PT${Math.max(5, Math.trunc(feed.refreshMinutes ?? 60))}M`;
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Vejviser//Vejviser//DA',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(feed.name)}`,
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    feed.description && `DESCRIPTION:${escapeText(feed.description)}`,
    feed.description && `X-WR-CALDESC:${escapeText(feed.description)}`,
    `X-WR-TIMEZONE:${CALENDAR_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...COPENHAGEN_VTIMEZONE,
    ...feed.events.flatMap(feedEventLines),
    'END:VCALENDAR',
  ];
  return serialise(lines);
}

function feedEventLines(event: FeedEvent): (string | null | undefined)[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `DTSTAMP:${utcStamp(event.lastModified)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    `DTSTART;TZID=${CALENDAR_ZONE}:${localStamp(event.startsAt)}`,
    `DTEND;TZID=${CALENDAR_ZONE}:${localStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    event.description && `DESCRIPTION:${escapeText(event.description)}`,
    event.location && `LOCATION:${escapeText(event.location)}`,
    event.url && `URL:${uriValue(event.url)}`,
    event.organizer && `ORGANIZER${nameParam(event.organizer)}:${mailto(event.organizer.email)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${event.cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

/** Drops empty lines, folds each, and joins with CRLF (a CRLF after the last line too). */
function serialise(lines: (string | null | undefined | false | 0)[]): string {
  return lines
    .filter((line): line is string => typeof line === 'string' && line.length > 0)
    .map(foldLine)
    .join('\r\n')
    .concat('\r\n');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/** Splits a content line into lines of at most 75 octets, continuation lines starting with a space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "20270210T080000Z". */
function utcStamp(time: Date): string {
  return time
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The instant as Copenhagen wall-clock time, "20270210T090000". */
function localStamp(iso: Date | string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) throw new Error(`Ugyldigt tidspunkt til kalenderinvitation: ${String(iso)}`);
  const p = copenhagenParts(time);
  return `${p.date.replace(/-/g, '')}T${[p.hour, p.minute, p.second].map((n) => String(n).padStart(2, '0')).join('')}`;
}

/** ;CN="…" with the characters a quoted parameter value may not hold removed. */
function nameParam(person: CalendarPerson): string {
  const name = person.name?.replace(/["\u0000-\u001f\u007f]/g, '').trim(); // eslint-disable-line no-control-regex
  return name ? `;CN="${name}"` : '';
}

function mailto(email: string): string {
  const address = email.trim();
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(address)) throw new Error(`Ugyldig e-mailadresse til kalenderinvitation: ${email}`);
  return `mailto:${address}`;
}

function uriValue(url: string): string {
  if (!/^https?:\/\/\S+$/.test(url)) throw new Error(`Ugyldig URL til kalenderinvitation: ${url}`);
  return url;
}
