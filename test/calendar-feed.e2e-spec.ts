import ICAL from 'ical.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The feeds reach a year back from the server's clock and everything ahead: the days below fall next
 * year (in winter, +01:00, and summer, +02:00), so they are ahead whatever today's date is.
 */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

/** The theme-day feeds over HTTP, read back with a real iCalendar parser. */
describe('calendar feeds', () => {
  let t: TestApp;
  let networkId: string;
  let otherNetworkId: string;
  let hostId: string;
  const day: Record<string, string> = {};
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);

  async function insertDay(key: string, fields: Record<string, unknown>): Promise<void> {
    const row = {
      network_id: networkId,
      kind: 'THEME_DAY',
      title: `Temadag ${key}`,
      topic: 'Selvskade',
      capacity: 30,
      visibility: 'PUBLIC',
      ...fields,
    };
    const columns = Object.keys(row);
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO theme_day (${columns.join(', ')}) VALUES (${columns.map((c, i) => (c === 'programme' ? `$${i + 1}::jsonb` : `$${i + 1}`)).join(', ')}) RETURNING id`,
      Object.values(row),
    );
    day[key] = id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: networkId }] = await sql<{ id: string }>(
      `INSERT INTO network (name, contact_email) VALUES ('Livsmod, Nordsjælland', 'livsmod@example.org') RETURNING id`,
    );
    [{ id: otherNetworkId }] = await sql<{ id: string }>(`INSERT INTO network (name) VALUES ('Sydnettet') RETURNING id`);
    [{ id: hostId }] = await sql<{ id: string }>(
      `INSERT INTO organisation (name, sector, description) VALUES ('Angstforeningen', 'CIVIL_SOCIETY', 'Frivillig') RETURNING id`,
    );
    const yearAgo = (months: number) => {
      const at = new Date();
      at.setUTCMonth(at.getUTCMonth() - months);
      return at;
    };
    await insertDay('winter', {
      title: 'Selvskade, skam; og håb',
      topic: 'Selvskade hos unge',
      description: 'Første linje\nAnden linje, med komma; og semikolon',
      programme: JSON.stringify([
        { startsAt: '09:00', endsAt: '09:30', title: 'Velkomst', speaker: 'Koordinatoren' },
        { startsAt: '09:30', title: 'Oplæg' },
      ]),
      venue: 'Kulturværftet, Allégade 2, Helsingør',
      starts_at: `${NEXT_YEAR}-02-10T09:00:00+01:00`,
      ends_at: `${NEXT_YEAR}-02-10T15:30:00+01:00`,
      sequence: 2,
      host_organisation_id: hostId,
    });
    await insertDay('summer', {
      title: 'Angst hos børn og unge',
      online_url: 'https://moede.example.org/angst',
      starts_at: `${NEXT_YEAR}-06-15T13:00:00+02:00`,
      ends_at: `${NEXT_YEAR}-06-15T16:00:00+02:00`,
      host_organisation_id: hostId,
    });
    await insertDay('members', {
      title: 'Kun for medlemmer',
      visibility: 'MEMBERS',
      starts_at: `${NEXT_YEAR}-03-01T09:00:00+01:00`,
      ends_at: `${NEXT_YEAR}-03-01T12:00:00+01:00`,
      host_organisation_id: hostId,
    });
    await insertDay('cancelled', {
      title: 'Sorg',
      status: 'CANCELLED',
      cancellation_reason: 'For få tilmeldte',
      sequence: 4,
      starts_at: `${NEXT_YEAR}-04-20T09:00:00+02:00`,
      ends_at: `${NEXT_YEAR}-04-20T12:00:00+02:00`,
    });
    await insertDay('long', {
      title: `Spiseforstyrrelser – ${'ære, ønsker og åbenhed; '.repeat(5)}`,
      starts_at: `${NEXT_YEAR}-05-03T09:00:00+02:00`,
      ends_at: `${NEXT_YEAR}-05-03T12:00:00+02:00`,
    });
    await insertDay('lastYear', {
      title: 'For elleve måneder siden',
      starts_at: yearAgo(11),
      ends_at: new Date(yearAgo(11).getTime() + 3600_000),
    });
    await insertDay('tooOld', { title: 'For længe siden', starts_at: yearAgo(13), ends_at: new Date(yearAgo(13).getTime() + 3600_000) });
    await insertDay('otherNetwork', {
      network_id: otherNetworkId,
      title: 'I et andet netværk',
      starts_at: `${NEXT_YEAR}-02-11T09:00:00+01:00`,
      ends_at: `${NEXT_YEAR}-02-11T12:00:00+01:00`,
      host_organisation_id: hostId,
    });
  });
  afterAll(() => t.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

  function parse(content: string) {
    const calendar = new ICAL.Component(ICAL.parse(content));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const events = new Map(
      calendar.getAllSubcomponents('vevent').map((vevent) => {
        const event = new ICAL.Event(vevent);
        return [event.summary.replace(/^Aflyst: /, ''), { vevent, event }] as const;
      }),
    );
    return { calendar, events };
  }

  const uidOf = (key: string) => `temadag-${day[key]}@vejviser.test`;

  it('serves the network feed as text/calendar with the public days from a year back', async () => {
    const res = await get(`/calendar/networks/${networkId}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const { calendar, events } = parse(await res.text());
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Copenhagen']);
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain('Livsmod');
    expect([...events.values()].map((e) => e.event.uid).sort()).toEqual(
      ['winter', 'summer', 'cancelled', 'long', 'lastYear'].map(uidOf).sort(),
    );
  });

  it('keeps UIDs and content stable across fetches, and answers 304 to a matching If-None-Match', async () => {
    const first = await get(`/calendar/networks/${networkId}.ics`);
    const second = await get(`/calendar/networks/${networkId}.ics`);
    const [a, b] = [await first.text(), await second.text()];
    expect(b).toBe(a);
    const uids = (content: string) => [...parse(content).events.values()].map((e) => e.event.uid);
    expect(uids(b)).toEqual(uids(a));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const cached = await get(`/calendar/networks/${networkId}.ics`, { 'if-none-match': etag! });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    expect((await get(`/calendar/networks/${networkId}.ics`, { 'if-none-match': '"noget-andet"' })).status).toBe(200);

    await sql(`UPDATE theme_day SET title = 'Ny titel', sequence = sequence + 1, updated_at = now() WHERE id = $1`, [day.lastYear]);
    const changed = await get(`/calendar/networks/${networkId}.ics`, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(uids(await changed.text())).toEqual(uids(a));
  });

  it('gives the right UTC instants in winter (+01:00) and summer (+02:00)', async () => {
    const { events } = parse(await (await get(`/calendar/networks/${networkId}.ics`)).text());
    const winter = events.get('Selvskade, skam; og håb')!;
    expect(String(winter.vevent.getFirstPropertyValue('dtstart'))).toBe(`${NEXT_YEAR}-02-10T09:00:00`);
    expect(winter.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(winter.event.startDate.toJSDate().toISOString()).toBe(`${NEXT_YEAR}-02-10T08:00:00.000Z`);
    expect(winter.event.endDate.toJSDate().toISOString()).toBe(`${NEXT_YEAR}-02-10T14:30:00.000Z`);
    const summer = events.get('Angst hos børn og unge')!;
    expect(String(summer.vevent.getFirstPropertyValue('dtstart'))).toBe(`${NEXT_YEAR}-06-15T13:00:00`);
    expect(summer.event.startDate.toJSDate().toISOString()).toBe(`${NEXT_YEAR}-06-15T11:00:00.000Z`);
    expect(summer.event.endDate.toJSDate().toISOString()).toBe(`${NEXT_YEAR}-06-15T14:00:00.000Z`);
  });

  it('describes each day: topic, programme, location, URL, organiser, sequence, last change', async () => {
    const { events } = parse(await (await get(`/calendar/networks/${networkId}.ics`)).text());
    const { vevent, event } = events.get('Selvskade, skam; og håb')!;
    expect(event.uid).toBe(uidOf('winter'));
    expect(event.sequence).toBe(2);
    expect(event.location).toBe('Kulturværftet, Allégade 2, Helsingør');
    expect(event.description).toContain('Emne: Selvskade hos unge');
    expect(event.description).toContain('Første linje\nAnden linje, med komma; og semikolon');
    expect(event.description).toContain('09:00–09:30 Velkomst (Koordinatoren)');
    expect(event.description).toContain('09:30 Oplæg');
    expect(vevent.getFirstPropertyValue('url')).toBe(`https://vejviser.test/temadage/${day.winter}`);
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:livsmod@example.org');
    expect(vevent.getFirstProperty('dtstamp')).not.toBeNull();
    expect(vevent.getFirstProperty('last-modified')).not.toBeNull();
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(events.get('Angst hos børn og unge')!.event.location).toBe('https://moede.example.org/angst');
  });

  it('keeps a cancelled day in the feed with STATUS:CANCELLED and leaves members-only days out', async () => {
    const content = await (await get(`/calendar/networks/${networkId}.ics`)).text();
    const { events } = parse(content);
    const cancelled = events.get('Sorg')!;
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.sequence).toBe(4);
    expect(cancelled.event.description).toContain('For få tilmeldte');
    expect(content).not.toContain('Kun for medlemmer');
    expect(content).not.toContain(day.members);
    expect(content).not.toContain('For længe siden');
  });

  it('escapes commas, semicolons and line breaks, and folds at 75 octets without splitting æ, ø or å', async () => {
    const content = await (await get(`/calendar/networks/${networkId}.ics`)).text();
    const unfolded = content.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Selvskade\\, skam\\; og håb');
    expect(unfolded).toContain('Første linje\\nAnden linje\\, med komma\\; og semikolon');
    const lines = content.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
    expect(content).not.toContain('\uFFFD');
    const long = [...parse(content).events.values()].find((e) => e.event.uid === uidOf('long'));
    expect(long!.event.summary).toBe(`Spiseforstyrrelser – ${'ære, ønsker og åbenhed; '.repeat(5)}`);
  });

  it("serves an organisation's feed with the days it hosts in every network", async () => {
    const res = await get(`/calendar/organisations/${hostId}.ics`);
    expect(res.status).toBe(200);
    const { calendar, events } = parse(await res.text());
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain('Angstforeningen');
    expect([...events.values()].map((e) => e.event.uid).sort()).toEqual(['winter', 'summer', 'otherNetwork'].map(uidOf).sort());
    const other = [...events.values()].find((e) => e.event.uid === uidOf('otherNetwork'))!;
    expect(other.event.description).toContain('Netværk: Sydnettet');
    expect(other.vevent.getFirstProperty('organizer')).toBeNull();
  });

  it('answers 404 with a short Danish text for an unknown id, a non-UUID or a missing .ics', async () => {
    for (const path of [
      `/calendar/networks/7d2c9c1e-5b0a-4f4e-9a53-2f1d7c0b9e11.ics`,
      `/calendar/networks/ikke-et-id.ics`,
      `/calendar/networks/${networkId}`,
      `/calendar/organisations/7d2c9c1e-5b0a-4f4e-9a53-2f1d7c0b9e11.ics`,
      `/calendar/organisations/${networkId}.ics`,
    ]) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toMatch(/findes ikke/);
    }
  });
});
