import { startSmtpCapture, type CapturedMail, type SmtpCapture } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { JobQueue } from '#core';
import { DEMO_PASSWORD } from '#demo';

// The handover guide and its sheet over HTTP on the demo data (Helsingør, 0217, is a Livsmod
// municipality), with mail through the real job queue to a real SMTP server on loopback. The guide's lists are
// cached as in production (SEARCH_CACHE), so each change below made with SQL must show at the next question.

interface Channel {
  kind: string;
  value: string;
  visibility: string;
}
interface EntryPoint {
  contact: { id: string; kind: string; name: string; situations: { key: string }[]; channels: Channel[]; stale: boolean };
  openingStatus: { openNow: boolean; nextOpensAtLocal: string | null; holiday: string | null } | null;
  exactSituation: boolean;
  ageFits: boolean;
  callNow: boolean;
}
interface Guide {
  municipality: { code: string; name: string };
  region: { key: string; name: string } | null;
  at: string;
  age: number | null;
  situations: { key: string }[];
  callNow: EntryPoint[];
  entryPoints: EntryPoint[];
  regionalEntryPoints: EntryPoint[];
  offers: {
    name: string;
    ageMin: number | null;
    ageMax: number | null;
    status: string;
    accessRoute: string;
    situations: { key: string }[];
  }[];
  volunteerOrganisations: { name: string; municipality: { code: string } | null }[];
  themeDays: { title: string; startsAt: string; visibility: string; situations: string[] }[];
}

const ENTRY = `contact { id kind name situations { key } channels { kind value visibility } stale }
  openingStatus { openNow nextOpensAtLocal holiday } exactSituation ageFits callNow`;
const GUIDE = `query ($m: String!, $age: Int, $s: [String!], $at: DateTime) {
  handoverGuide(municipalityCode: $m, age: $age, situations: $s, at: $at) {
    municipality { code name } region { key name } at age situations { key }
    callNow { ${ENTRY} }
    entryPoints { ${ENTRY} }
    regionalEntryPoints { ${ENTRY} }
    offers { name ageMin ageMax status accessRoute situations { key } }
    volunteerOrganisations { name municipality { code } }
    themeDays { title startsAt visibility situations }
  }
}`;

const SUB_SITUATIONS: Record<string, string[]> = {
  discharge: ['discharge', 'discharge-adult-psychiatry', 'discharge-child-youth-psychiatry'],
  // A general discharge line (the duty phone) serves a discharge from child and youth psychiatry too.
  'discharge-child-youth-psychiatry': ['discharge-child-youth-psychiatry', 'discharge'],
  'suicidal-behaviour': ['suicidal-behaviour', 'self-harm'],
};

/** Saturday 9 January 2027, 23:30 in Copenhagen: only the 24-hour lines are open. */
const SATURDAY_NIGHT = '2027-01-09T23:30:00+01:00';
/** A 17-year-old discharged from child and youth psychiatry (BUP) after a suicide attempt. */
const NIGHT_NURSE = { m: '0217', age: 17, s: ['discharge-child-youth-psychiatry', 'suicidal-behaviour'], at: SATURDAY_NIGHT };

/** The ranking's sort key: open, exact situation, age fit, function (each 0 before 1). */
const rankKey = (e: EntryPoint): string =>
  [e.openingStatus?.openNow ? 0 : 1, e.exactSituation ? 0 : 1, e.ageFits ? 0 : 1, e.contact.kind === 'FUNCTION' ? 0 : 1].join('');
const expectRanked = (entries: EntryPoint[]) => {
  const keys = entries.map(rankKey);
  expect(keys).toEqual([...keys].sort());
};

describe('handover guide', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  const tokens: Record<string, string> = {};

  async function signIn(email: string): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: DEMO_PASSWORD },
    );
    return res.data!.signIn.accessToken;
  }

  async function guide(variables: Record<string, unknown>, token?: string): Promise<Guide> {
    const res = await t.graphql<{ handoverGuide: Guide }>(GUIDE, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.handoverGuide;
  }

  async function guideError(variables: Record<string, unknown>): Promise<{ message: string; code?: string; stacktrace?: unknown }> {
    const res = await t.graphql(GUIDE, variables);
    expect(res.data?.handoverGuide ?? null).toBeNull();
    const [error] = res.errors!;
    return { message: error.message, code: error.extensions?.code, stacktrace: error.extensions?.stacktrace };
  }

  const staffLinesOf = async (code: string): Promise<string[]> => {
    const rows: { value: string }[] = await t.database.dataSource.query(
      `SELECT DISTINCT ch->>'value' AS value FROM contact c JOIN organisation o ON o.id = c.organisation_id,
         jsonb_array_elements(c.channels) ch WHERE o.municipality_code = $1 AND ch->>'visibility' = 'STAFF'`,
      [code],
    );
    return rows.map((r) => r.value);
  };

  const mailCount = async (): Promise<number> => Number((await t.database.dataSource.query(`SELECT count(*) AS n FROM mail_message`))[0].n);

  /** Waits until the mail queue is empty and the message to `to` has arrived. */
  async function mailTo(to: string): Promise<CapturedMail> {
    const jobs = t.app.get(JobQueue);
    for (let i = 0; i < 200; i++) {
      const found = smtp.messages.find((m) => m.envelope.to.includes(to));
      if (found && (await jobs.count('mail.send', ['created', 'retry', 'active'])) === 0) return found;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`Ingen mail til ${to}`);
  }

  /** As the signed-in professional, or (token null) anonymously. */
  const send = async (input: Record<string, unknown>, token: string | null = tokens.professional) =>
    (
      await t.graphql<{ sendHandoverSheet: Record<string, unknown> & { __typename: string } }>(
        `mutation ($input: SendHandoverSheetInput!) { sendHandoverSheet(input: $input) {
          __typename ... on HandoverSheetSent { to staffChannelsIncluded sheetUrl }
          ... on ErrorResult { code message } ... on ValidationError { fieldErrors { path message } } } }`,
        { input },
        { token: token ?? undefined },
      )
    ).data!.sendHandoverSheet;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ demo: true, searchCache: 500, mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    tokens.professional = await signIn('fagperson@example.org');
    tokens.admin = await signIn('admin@example.org');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('lists the live entry points for the situations (with sub-situations and parents), ranked for the moment', async () => {
    for (const situation of ['discharge', 'discharge-child-youth-psychiatry', 'suicidal-behaviour']) {
      const g = await guide({ m: '0217', s: [situation], at: '2027-01-05T10:00:00+01:00' });
      const kinds = g.entryPoints.map((e) => e.contact.kind);
      expect(kinds.length).toBeGreaterThan(2);
      expectRanked(g.entryPoints);
      expect(kinds).toContain('FUNCTION');
      expect(kinds).toContain('PERSON');
      for (const e of g.entryPoints) expect(e.contact.situations.some((s) => SUB_SITUATIONS[situation].includes(s.key))).toBe(true);
    }
    // "discharge" includes contacts tagged only with a sub-situation.
    const all = await guide({ m: '0217', s: ['discharge'] });
    expect(all.entryPoints.some((e) => !e.contact.situations.some((s) => s.key === 'discharge'))).toBe(true);
    // No situations: every entry point of the municipality.
    const everything = await guide({ m: '0217' });
    expect(everything.entryPoints.length).toBeGreaterThan(all.entryPoints.length);
    expect(everything.situations).toEqual([]);

    // A person who left is no longer an entry point.
    const gone = all.entryPoints.find((e) => e.contact.kind === 'PERSON')!.contact;
    await t.database.dataSource.query(`UPDATE contact SET left_at = now() WHERE id = $1`, [gone.id]);
    const after = await guide({ m: '0217', s: ['discharge'] });
    expect(after.entryPoints.map((e) => e.contact.id)).not.toContain(gone.id);
    expect(after.entryPoints).toHaveLength(all.entryPoints.length - 1);
    await t.database.dataSource.query(`UPDATE contact SET left_at = NULL WHERE id = $1`, [gone.id]);
  });

  it('accepts the municipality by name as by code', async () => {
    const byCode = await guide({ m: '0217', s: ['self-harm'] });
    const byName = await guide({ m: 'helsingør', s: ['self-harm'] });
    const byOfficialName = await guide({ m: 'Helsingør Kommune', s: ['self-harm'] });
    expect(byName.municipality).toEqual({ code: '0217', name: 'Helsingør' });
    expect(byName.entryPoints).toEqual(byCode.entryPoints);
    expect(byOfficialName.offers).toEqual(byCode.offers);
  });

  it('says whether each entry point is open at `at`: weekday, weekend and public holiday', async () => {
    const bup = (g: Guide) =>
      g.entryPoints.find((e) => e.contact.name.startsWith('Indgang ved udskrivning fra børne- og ungdomspsykiatrien'))!;
    const duty = (g: Guide) => g.entryPoints.find((e) => e.contact.name.startsWith('Døgnåben vagttelefon'))!;
    const s = ['discharge-child-youth-psychiatry'];

    const tuesday = await guide({ m: '0217', s, at: '2027-01-05T10:00:00+01:00' });
    expect(bup(tuesday).openingStatus?.openNow).toBe(true);

    const saturday = await guide({ m: '0217', s, at: '2027-01-09T10:00:00+01:00' });
    expect(bup(saturday).openingStatus).toMatchObject({ openNow: false, holiday: null });
    expect(bup(saturday).openingStatus?.nextOpensAtLocal).toMatch(/^2027-01-11T08:00/);
    expect(duty(saturday).openingStatus?.openNow).toBe(true);

    // Langfredag 2027: closed, and the next opening is after 2. påskedag.
    const goodFriday = await guide({ m: '0217', s, at: '2027-03-26T10:00:00+01:00' });
    expect(bup(goodFriday).openingStatus).toMatchObject({ openNow: false, holiday: 'Langfredag' });
    expect(bup(goodFriday).openingStatus?.nextOpensAtLocal).toMatch(/^2027-03-30T08:00/);
    expect(duty(goodFriday).openingStatus?.openNow).toBe(true);
  });

  it('keeps the offers that fit the age and situations, active on the day, with their access route', async () => {
    const young = await guide({ m: '0217', age: 17, s: ['discharge'] });
    const adult = await guide({ m: '0217', age: 30, s: ['discharge'] });
    const names = (g: Guide) => g.offers.map((o) => o.name);
    for (const [g, age] of [
      [young, 17],
      [adult, 30],
    ] as const) {
      expect(g.offers.length).toBeGreaterThan(0);
      for (const o of g.offers) {
        expect(o.status).toBe('ACTIVE');
        expect(o.accessRoute).toBeTruthy();
        expect((o.ageMin ?? 0) <= age && age <= (o.ageMax ?? 120)).toBe(true);
        expect(o.situations.some((s) => SUB_SITUATIONS.discharge.includes(s.key))).toBe(true);
      }
    }
    expect(names(young)).toContain('Familiebehandling (Barnets Lov § 32)');
    expect(names(young)).not.toContain('Bostøtte (Serviceloven § 85)');
    expect(names(adult)).toContain('Bostøtte (Serviceloven § 85)');
    expect(names(adult)).not.toContain('Familiebehandling (Barnets Lov § 32)');

    // An offer that has ended by `at` is left out; the same offer before its end date is in.
    const [offer]: { id: string }[] = await t.database.dataSource.query(
      `SELECT o.id FROM offer o JOIN organisation org ON org.id = o.organisation_id
       WHERE org.municipality_code = '0217' AND o.name = 'Bostøtte (Serviceloven § 85)'`,
    );
    await t.database.dataSource.query(`UPDATE offer SET ends_on = '2027-01-31' WHERE id = $1`, [offer.id]);
    expect(names(await guide({ m: '0217', age: 30, s: ['discharge'], at: '2027-01-31T12:00:00+01:00' }))).toContain(
      'Bostøtte (Serviceloven § 85)',
    );
    expect(names(await guide({ m: '0217', age: 30, s: ['discharge'], at: '2027-02-01T12:00:00+01:00' }))).not.toContain(
      'Bostøtte (Serviceloven § 85)',
    );
    await t.database.dataSource.query(`UPDATE offer SET ends_on = NULL WHERE id = $1`, [offer.id]);
  });

  it('uses the region of the municipality at `at`: Helsingør moves to Region Østdanmark on 1 January 2027', async () => {
    const before = await guide({ m: '0217', s: ['suicidal-behaviour'], at: '2026-12-31T12:00:00+01:00' });
    const after = await guide({ m: '0217', s: ['suicidal-behaviour'], at: '2027-02-01T12:00:00+01:00' });
    expect(before.region?.name).toBe('Region Hovedstaden');
    expect(after.region?.name).toBe('Region Østdanmark');
    // Region Hovedstaden's units keep serving Helsingør after the merger.
    expect(before.regionalEntryPoints.length).toBeGreaterThan(0);
    expect(after.regionalEntryPoints.map((e) => e.contact.id)).toEqual(before.regionalEntryPoints.map((e) => e.contact.id));
    expectRanked(after.regionalEntryPoints);
  });

  describe('for the night nurse: Helsingør, 17 years, discharge from BUP after a suicide attempt, Saturday 23:30', () => {
    const dutyPhone = /^Døgnåben vagttelefon/;

    it('puts the 24-hour duty phone first and alone under callNow, because it is open and fits', async () => {
      const g = await guide(NIGHT_NURSE);
      expect(g.callNow.map((e) => e.contact.name)).toEqual([expect.stringMatching(dutyPhone)]);
      expect(g.callNow[0]).toMatchObject({ callNow: true, exactSituation: true, ageFits: true, openingStatus: { openNow: true } });
      expect(g.callNow[0].contact.channels.some((c) => c.kind === 'PHONE')).toBe(true);
      expect(g.entryPoints[0].contact.id).toBe(g.callNow[0].contact.id);
      expect(g.entryPoints.filter((e) => e.callNow)).toHaveLength(1);
      expectRanked(g.entryPoints);
      // Closed entry points say when they open: Monday 11 January at 08:00 for the office-hours ones.
      const bup = g.entryPoints.find((e) => e.contact.name.startsWith('Indgang ved udskrivning fra børne- og ungdomspsykiatrien'))!;
      expect(bup).toMatchObject({ callNow: false, exactSituation: true, ageFits: true, openingStatus: { openNow: false } });
      expect(bup.openingStatus?.nextOpensAtLocal).toMatch(/^2027-01-11T08:00/);
      // The adult discharge entry point matches only through the parent situation, and its ages are 18+.
      const adult = g.entryPoints.find((e) => e.contact.name.startsWith('Indgang ved udskrivning fra voksenpsykiatrien'))!;
      expect(adult).toMatchObject({ exactSituation: false, ageFits: false, callNow: false });
      expect(g.entryPoints.indexOf(adult)).toBeGreaterThan(g.entryPoints.indexOf(bup));
    });

    it('gives the call to the open duty phone (a general discharge line) when only the BUP discharge is asked about', async () => {
      const g = await guide({ ...NIGHT_NURSE, s: ['discharge-child-youth-psychiatry'] });
      expect(g.callNow.map((e) => e.contact.name)).toEqual([expect.stringMatching(dutyPhone)]);
      expect(g.callNow[0]).toMatchObject({ exactSituation: false, ageFits: true });
      // The region's open lines (the BUP ward itself among them) stay in their own section.
      expect(g.regionalEntryPoints.some((e) => e.openingStatus?.openNow)).toBe(true);
      expect(g.regionalEntryPoints.every((e) => !e.callNow)).toBe(true);
    });

    it('ranks by what is open and fits, not by name: a closed line whose name sorts first loses', async () => {
      const [duty]: { id: string; organisation_id: string; unit_id: string | null }[] = await t.database.dataSource.query(
        `SELECT c.id, c.organisation_id, c.unit_id FROM contact c JOIN organisation o ON o.id = c.organisation_id
         WHERE o.municipality_code = '0217' AND c.name LIKE 'Døgnåben vagttelefon%'`,
      );
      const [early]: { id: string }[] = await t.database.dataSource.query(
        `INSERT INTO contact (organisation_id, unit_id, kind, name, situation_keys, channels, opening_hours)
         VALUES ($1, $2, 'FUNCTION', 'Aaa akutlinje for BUP-udskrivning', '{discharge-child-youth-psychiatry,suicidal-behaviour}',
           '[{"kind":"PHONE","value":"+45 11 22 33 44","visibility":"PUBLIC"}]',
           '{"alwaysOpen":false,"weekly":[{"day":"MON","opens":"08:00","closes":"15:00"}],"exceptions":[]}') RETURNING id`,
        [duty.organisation_id, duty.unit_id],
      );
      // The duty phone renamed so that its name sorts last of all: it still comes first.
      await t.database.dataSource.query(`UPDATE contact SET name = 'Ø-vagten (døgnåben)' WHERE id = $1`, [duty.id]);
      try {
        const g = await guide(NIGHT_NURSE);
        expect(g.entryPoints[0].contact.id).toBe(duty.id);
        expect(g.callNow.map((e) => e.contact.id)).toEqual([duty.id]);
        const closed = g.entryPoints.find((e) => e.contact.id === early.id)!;
        expect(closed).toMatchObject({ exactSituation: true, ageFits: true, callNow: false, openingStatus: { openNow: false } });
        // Among the closed exact functions it comes first: two exact situations, and it opens soonest (Monday 08:00).
        expect(g.entryPoints[1].contact.id).toBe(early.id);
        // On Monday at 10:00 it is open too: one to call now.
        const monday = await guide({ ...NIGHT_NURSE, at: '2027-01-11T10:00:00+01:00' });
        expect(monday.callNow.map((e) => e.contact.id)).toEqual(expect.arrayContaining([early.id, duty.id]));
      } finally {
        await t.database.dataSource.query(`DELETE FROM contact WHERE id = $1`, [early.id]);
        await t.database.dataSource.query(`UPDATE contact SET name = 'Døgnåben vagttelefon – Socialvagten i Helsingør' WHERE id = $1`, [
          duty.id,
        ]);
      }
    });
  });

  it('lists the volunteer organisations there, local branches first, and a few upcoming theme days on the topic the viewer may see', async () => {
    const at = new Date().toISOString();
    const g = await guide({ m: '0217', s: ['suicidal-behaviour'], at });
    expect(g.volunteerOrganisations[0]).toMatchObject({ name: 'Headspace Helsingør', municipality: { code: '0217' } });
    expect(g.volunteerOrganisations.some((v) => v.municipality === null)).toBe(true);

    expect(g.themeDays.length).toBeGreaterThan(0);
    expect(g.themeDays.length).toBeLessThanOrEqual(5);
    for (const day of g.themeDays) {
      expect(Date.parse(day.startsAt)).toBeGreaterThan(Date.parse(at));
      expect(day.visibility).toBe('PUBLIC'); // anonymous
      expect(day.situations.some((s) => SUB_SITUATIONS['suicidal-behaviour'].includes(s))).toBe(true);
    }
    const starts = g.themeDays.map((d) => d.startsAt);
    expect(starts).toEqual([...starts].sort());
    // Members-only days are for the network's members: the administrator sees at least as many.
    const all = await guide({ m: '0217', at }, tokens.admin);
    const anonymous = await guide({ m: '0217', at });
    expect(anonymous.themeDays.every((d) => d.visibility === 'PUBLIC')).toBe(true);
    expect(all.themeDays.some((d) => d.visibility === 'MEMBERS')).toBe(true);
    // A municipality outside every network has none.
    expect((await guide({ m: '0657', at })).themeDays).toEqual([]);
  });

  it('shows a changed theme day at once, though the same anonymous question was answered from memory', async () => {
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
    const ask = () => guide({ m: '0217', s: ['suicidal-behaviour'], at });
    for (let i = 0; i < 3; i++) await ask();
    const [first] = (await ask()).themeDays;
    expect(first).toBeDefined();
    const [{ id }]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM theme_day WHERE title = $1 AND starts_at = $2 LIMIT 1`,
      [first.title, first.startsAt],
    );
    await t.database.dataSource.query(`UPDATE theme_day SET title = title || ' (flyttet)' WHERE id = $1`, [id]);
    try {
      expect((await ask()).themeDays[0].title).toBe(`${first.title} (flyttet)`);
    } finally {
      await t.database.dataSource.query(`UPDATE theme_day SET title = $2 WHERE id = $1`, [id, first.title]);
    }
  });

  it('shows staff-only lines to signed-in professionals and never to anonymous callers', async () => {
    const visibilities = (g: Guide) => g.entryPoints.flatMap((e) => e.contact.channels.map((c) => c.visibility));
    expect(visibilities(await guide({ m: '0217', s: ['discharge'] }))).not.toContain('STAFF');
    expect(visibilities(await guide({ m: '0217', s: ['discharge'] }, tokens.professional))).toContain('STAFF');
  });

  it('answers a wrong question with a clear Danish BAD_USER_INPUT and no stack trace', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ m: '9999' }, /Ukendt kommune: "9999"/],
      [{ m: 'Atlantis' }, /Ukendt kommune: "Atlantis"/],
      [{ m: '0217', s: ['discharge', 'ingen-situation'] }, /Ukendt situation: "ingen-situation"/],
      [{ m: '0217', age: 121 }, /Alderen skal være et helt tal fra 0 til 120/],
      [{ m: '0217', age: -1 }, /Alderen skal være et helt tal fra 0 til 120/],
      [{ m: '010190-1234' }, /ligner et CPR-nummer/],
    ];
    for (const [variables, message] of cases) {
      const error = await guideError(variables);
      expect(error.message).toMatch(message);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.stacktrace).toBeUndefined();
    }
    expect((await guideError({ m: '010190-1234' })).message).not.toContain('010190');
  });

  describe('times without an offset are Copenhagen time', () => {
    it('reads at: "2026-12-12T23:30" as Saturday 23:30 in Copenhagen, the same answer as with the offset', async () => {
      const local = await guide({ ...NIGHT_NURSE, at: '2026-12-12T23:30' });
      const explicit = await guide({ ...NIGHT_NURSE, at: '2026-12-12T23:30:00+01:00' });
      expect(local.at).toBe('2026-12-12T22:30:00.000Z');
      expect(local).toEqual(explicit);
      // In summer the offset is +02:00, and a date alone is its midnight in Copenhagen.
      expect((await guide({ m: '0217', at: '2027-07-03T23:30' })).at).toBe('2027-07-03T21:30:00.000Z');
      expect((await guide({ m: '0217', at: '2027-01-09' })).at).toBe('2027-01-08T23:00:00.000Z');
      // In a literal as in a variable.
      const literal = await t.graphql<{ handoverGuide: { at: string } }>(
        `{ handoverGuide(municipalityCode: "0217", at: "2026-12-12T23:30") { at } }`,
      );
      expect(literal.data?.handoverGuide.at).toBe('2026-12-12T22:30:00.000Z');
    });

    it('takes the first of the autumn hour that happens twice, and refuses the spring hour that does not exist', async () => {
      expect((await guide({ m: '0217', at: '2026-10-25T02:30' })).at).toBe('2026-10-25T00:30:00.000Z');
      for (const at of ['2027-03-28T02:30', '2027-03-28T02:00:00']) {
        const res = await t.graphql(GUIDE, { m: '0217', at });
        expect(res.data).toBeUndefined();
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].message).toMatch(/Klokken 02:[03]0 den 28\. marts 2027 findes ikke i dansk tid/);
      }
      const literal = await t.graphql(`{ handoverGuide(municipalityCode: "0217", at: "2027-03-28T02:30") { at } }`);
      expect(literal.errors?.[0].message).toMatch(/findes ikke i dansk tid/);
      expect(literal.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    });

    it('refuses out-of-range and unreadable date-times with a Danish BAD_USER_INPUT, never an internal error', async () => {
      const cases = [
        '-000001-01-01T00:00:00Z',
        '+275760-09-13T00:00:00Z',
        '0000-01-01T00:00:00Z',
        '1899-12-31T23:00',
        '2201-01-01T00:00',
        'i morgen',
        '2027-02-30T10:00',
        '',
      ];
      for (const at of cases) {
        const res = await t.graphql(GUIDE, { m: '0217', at });
        expect({ at, code: res.errors?.[0].extensions?.code }).toEqual({ at, code: 'BAD_USER_INPUT' });
        expect(res.errors?.[0].message).toMatch(/Tidspunktet|Datoen/);
      }
      const sheet = await t.graphql(
        `mutation ($input: SendHandoverSheetInput!) { sendHandoverSheet(input: $input) { __typename } }`,
        { input: { to: 'kollega@example.org', municipalityCode: '0217', at: '-000001-01-01T00:00:00Z' } },
        { token: tokens.professional },
      );
      expect(sheet.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(sheet.errors?.[0].message).toMatch(/mellem år 1900 og 2200/);
      const literal = await t.graphql(`{ handoverGuide(municipalityCode: "0217", at: "-000001-01-01T00:00:00Z") { at } }`);
      expect(literal.errors?.[0].message).toMatch(/mellem år 1900 og 2200/);
      expect(literal.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    });
  });

  it('loads the whole guide in a fixed number of SQL statements, however long the lists are', async () => {
    const BOUND = 22;
    const query = `query ($s: [String!]) { handoverGuide(municipalityCode: "0217", situations: $s, at: "2027-01-05T10:00:00+01:00") {
      region { name }
      entryPoints { contact { name stale channels { value } organisation { name municipality { name } } unit { name } } openingStatus { openNow } }
      regionalEntryPoints { contact { name stale organisation { name } unit { name } } }
      offers { name stale organisation { name } unit { name } situations { label } }
      volunteerOrganisations { name }
      themeDays { title }
    } }`;
    const measure = async (s: string[]) => {
      t.queries.reset();
      const res = await t.graphql<{ handoverGuide: Guide }>(query, { s }, { token: tokens.professional });
      expect(res.errors).toBeUndefined();
      return { count: t.queries.ownCount, guide: res.data!.handoverGuide };
    };
    await measure(['no-fixed-address']); // warm-up
    const narrow = await measure(['no-fixed-address']);
    const broad = await measure([]);
    expect(broad.guide.entryPoints.length + broad.guide.offers.length).toBeGreaterThan(
      2 * (narrow.guide.entryPoints.length + narrow.guide.offers.length),
    );
    // One statement per list and one batch per relation and section. On PostgreSQL's pool the sections
    // finish at different moments, so a relation may load in a batch per section: bounded either way.
    const rows = broad.guide.entryPoints.length + broad.guide.regionalEntryPoints.length + broad.guide.offers.length;
    expect(rows).toBeGreaterThan(40);
    for (const { count } of [narrow, broad]) expect(count).toBeLessThanOrEqual(BOUND);
  });

  describe('printable sheet', () => {
    const page = (query: string, token?: string) =>
      fetch(`${t.url}/overlevering/ark?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('renders the guide as a printable page: Danish, escaped, no scripts, public lines only for anonymous viewers', async () => {
      // The first closed entry point on the sheet (it holds the first three after those to call now).
      const ranked = await guide({
        m: '0217',
        age: 17,
        s: ['discharge-child-youth-psychiatry', 'self-harm'],
        at: '2027-01-09T10:00:00+01:00',
      });
      const stale = ranked.entryPoints.find((e) => !e.callNow && !e.openingStatus?.openNow)!.contact;
      await t.database.dataSource.query(
        `UPDATE contact SET last_verified_at = '2025-03-14T10:00:00Z', help_text = '<script>alert("x")</script> & mere' WHERE id = $1`,
        [stale.id],
      );
      const res = await page(
        'kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry,self-harm&tidspunkt=2027-01-09T10:00:00%2B01:00',
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain('<html lang="da">');
      expect(html).toContain('Overleveringsark – Helsingør Kommune');
      expect(html).toMatch(/<dt>Region<\/dt>\s*<dd>Region Østdanmark<\/dd>/);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mere');
      expect(html).toContain('Ikke bekræftet siden 14. marts 2025');
      expect(html).toContain('Lukket på tidspunktet');
      expect(html).toContain('@media print');
      expect(html).toContain('ingen oplysninger om borgeren');
      expect(html).toContain('ring og tjek');
      expect(html).toContain('vises kun for fagpersoner, der er logget ind');
      for (const line of await staffLinesOf('0217')) expect(html).not.toContain(line);

      const signedIn = await (
        await page(
          'kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&tidspunkt=2027-01-09T10:00:00%2B01:00',
          tokens.professional,
        )
      ).text();
      expect((await staffLinesOf('0217')).some((line) => signedIn.includes(line))).toBe(true);
      expect(signedIn).toContain('kun fagpersoner');
    });

    it('holds the ones to call now in full and the first three of every other section, with how many more are online', async () => {
      const question = 'kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&situationer=suicidal-behaviour';
      const at = `tidspunkt=${encodeURIComponent(SATURDAY_NIGHT)}`;
      const res = await page(`${question}&${at}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      // Repeated and comma-separated situations are the same question.
      const commas = await (
        await page(`kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry,suicidal-behaviour&${at}`)
      ).text();
      const withoutMadeAt = (h: string) => h.replace(/Lavet[^<]*/g, '');
      expect(withoutMadeAt(commas)).toEqual(withoutMadeAt(html));

      const g = await guide(NIGHT_NURSE);
      const call = html.slice(html.indexOf('<h2>Ring nu</h2>'), html.indexOf('<h2>Andre indgange i kommunen</h2>'));
      expect(call).toContain(g.callNow[0].contact.name);
      expect(call).toContain(g.callNow[0].contact.channels.find((c) => c.kind === 'PHONE')!.value);
      expect(call).toContain('Åben på tidspunktet');
      const others = g.entryPoints.filter((e) => !e.callNow);
      for (const e of others.slice(0, 3)) expect(html).toContain(e.contact.name);
      for (const e of others.slice(3)) expect(html).not.toContain(`<h3>${e.contact.name}`);
      const online = `https://vejviser.test/overlevering?kommune=0217&amp;alder=17&amp;situationer=discharge-child-youth-psychiatry,suicidal-behaviour&amp;tidspunkt=2027-01-09T22%3A30%3A00.000Z`;
      expect(html).toContain(`Se ${others.length - 3} flere online<span class="link">: <a href="${online}">`);
      expect(html).toContain(`Se ${g.regionalEntryPoints.length - 3} flere online`);
    });

    it('reads tidspunkt without an offset as Copenhagen time, and takes every repeated situationer', async () => {
      const question = 'kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&situationer=suicidal-behaviour';
      const res = await page(`${question}&tidspunkt=2026-12-12T23:30`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/<dt>Tidspunkt<\/dt>\s*<dd>lørdag den 12\. december 2026 kl\. 23\.30<\/dd>/);
      expect(html).toMatch(/<dt>Situation<\/dt>\s*<dd>[^<]*børne- og ungdomspsykiatrien[^<]*, [^<]+<\/dd>/i);
      const explicit = await (await page(`${question}&tidspunkt=${encodeURIComponent('2026-12-12T23:30:00+01:00')}`)).text();
      const withoutMadeAt = (h: string) => h.replace(/Lavet[^<]*<\/dt>\s*<dd>[^<]*/g, '');
      expect(withoutMadeAt(html)).toEqual(withoutMadeAt(explicit));
      // Three situations: repeated, comma-separated, or both.
      const three = await (
        await page('kommune=0217&situationer=discharge,self-harm&situationer=suicidal-behaviour&tidspunkt=2026-12-12T23:30')
      ).text();
      const row = /<dt>Situation<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(three)?.[1] ?? '';
      expect(row.split(', ')).toHaveLength(3);
    });

    it('answers a refusal to a browser with a Danish page', async () => {
      const res = await fetch(`${t.url}/overlevering/ark?kommune=Atlantis`, { headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('<html lang="da">');
      expect(html).toContain('Ukendt kommune: &quot;Atlantis&quot;');
    });

    it('answers a time that does not exist or cannot be read with 400 in Danish', async () => {
      const gap = await page('kommune=0217&tidspunkt=2027-03-28T02:30');
      expect(gap.status).toBe(400);
      expect(await gap.text()).toMatch(/Klokken 02:30 den 28\. marts 2027 findes ikke i dansk tid/);
      for (const at of ['-000001-01-01T00:00:00Z', '1899-12-31T23:00', 'i%20morgen', '2027-02-30T10:00', '%00']) {
        const res = await page(`kommune=0217&tidspunkt=${at}`);
        expect({ at, status: res.status }).toEqual({ at, status: 400 });
        // NUL is refused at the edge, before the route reads the time.
        expect(await res.text()).toMatch(/Tidspunktet|Datoen|styretegn/);
      }
      const autumn = await (await page('kommune=0217&tidspunkt=2026-10-25T02:30')).text();
      expect(autumn).toMatch(/<dt>Tidspunkt<\/dt>\s*<dd>søndag den 25\. oktober 2026 kl\. 02\.30<\/dd>/);
    });

    it('answers a wrong question with 400 in Danish, and a bad token with 401', async () => {
      const unknown = await page('kommune=9999');
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toMatch(/Ukendt kommune/);
      expect((await page('kommune=0217&alder=abc')).status).toBe(400);
      expect((await page('kommune=0217&situationer=ingen')).status).toBe(400);
      expect((await page('')).status).toBe(400);
      expect((await page('kommune=0217', 'ugyldigt-token')).status).toBe(401);
    });
  });

  describe('sendHandoverSheet', () => {
    it('refuses anything that looks like a CPR number, and sends nothing', async () => {
      const before = await mailCount();
      const base = { to: 'kollega@example.org', municipalityCode: '0217', age: 17, situations: ['discharge'] };
      const attempts: [Record<string, unknown>, string][] = [
        [{ ...base, message: 'Gælder borger 010190-1234' }, 'input.message'],
        [{ ...base, message: 'cpr 0101901234 tak' }, 'input.message'],
        [{ ...base, message: 'Se 311299 1234' }, 'input.message'],
        [{ ...base, to: '0101901234@example.org' }, 'input.to'],
        [{ ...base, situations: ['discharge', '290200-1234'] }, 'input.situations.1'],
        [{ ...base, municipalityCode: '150585-4321' }, 'input.municipalityCode'],
      ];
      for (const [input, path] of attempts) {
        const result = await send(input);
        expect(result.__typename).toBe('ValidationError');
        expect(result.message).toMatch(/aldrig indeholde oplysninger om borgere/);
        expect(result.fieldErrors).toEqual([{ path, message: expect.stringMatching(/ligner et CPR-nummer/) }]);
        expect(JSON.stringify(result)).not.toMatch(/\d{6}[- ]?\d{4}/);
      }
      expect(await mailCount()).toBe(before);
      // Ordinary numbers are not CPR numbers: a phone number, a date that does not exist, a year.
      expect(
        (await send({ ...base, message: 'Ring på 70 20 12 12 eller 4512 3456; 320190 1234 er ikke en dato. År 2026.' })).__typename,
      ).toBe('HandoverSheetSent');
      expect(await mailCount()).toBe(before + 1);
    });

    it('validates the address, the message length and the question, and is only for signed-in professionals', async () => {
      const before = await mailCount();
      const base = { to: 'kollega@example.org', municipalityCode: '0217' };
      expect(await send({ ...base, to: 'ikke en adresse' })).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'input.to' }],
      });
      expect(await send({ ...base, to: 'a@example.org, b@example.org' })).toMatchObject({ __typename: 'ValidationError' });
      expect(await send({ ...base, message: 'x'.repeat(501) })).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'input.message', message: 'Må højst være 500 tegn.' }],
      });
      expect(await send({ ...base, municipalityCode: '9999', age: 200, situations: ['ingen'] })).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'input.municipalityCode' }, { path: 'input.age' }, { path: 'input.situations.0' }],
      });
      expect(await send(base, null)).toMatchObject({ __typename: 'ForbiddenError' });
      expect(await mailCount()).toBe(before);
    });

    it('mails the sheet to a colleague without an account with public lines only, and to an account holder with staff lines', async () => {
      const question = {
        municipalityCode: 'Helsingør',
        age: 17,
        situations: ['discharge-child-youth-psychiatry'],
        at: '2027-02-01T10:00:00+01:00',
        message: 'Til udskrivningen på mandag.',
      };
      const sent = await send({ ...question, to: 'Ny.Kollega@Example.org' });
      expect(sent).toEqual({
        __typename: 'HandoverSheetSent',
        to: 'ny.kollega@example.org',
        staffChannelsIncluded: false,
        sheetUrl:
          'https://vejviser.test/overlevering/ark?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&tidspunkt=2027-02-01T09%3A00%3A00.000Z',
      });
      const mail = await mailTo('ny.kollega@example.org');
      expect(mail.subject).toBe('Overleveringsark for Helsingør Kommune: Udskrivning fra børne- og ungdomspsykiatrien (BUP)');
      const html = String(mail.html);
      expect(html).toContain('Overleveringsark – Helsingør Kommune');
      expect(html).toContain('Demo Fagperson (fagperson@example.org)');
      expect(html).toContain('Til udskrivningen på mandag.');
      expect(html).toContain('Region Østdanmark');
      expect(html).toContain('ikke har en aktiv konto i Vejviser');
      expect(html).toContain('Du får denne mail, fordi');
      expect(html).not.toMatch(/<script/i);
      expect(mail.text).toContain('Ring nu');
      expect(mail.text).toContain('Andre indgange i kommunen');
      expect(mail.text).toContain(
        'Hele svaret online: https://vejviser.test/overlevering?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&tidspunkt=2027-02-01T09%3A00%3A00.000Z',
      );
      expect(mail.text).toContain(`Arket til udskrift: ${String(sent.sheetUrl)}`);
      expect(mail.text).toContain('ingen oplysninger om borgeren');
      for (const line of await staffLinesOf('0217')) {
        expect(html).not.toContain(line);
        expect(mail.text).not.toContain(line);
      }

      const toAccount = await send({ ...question, to: 'noegleperson@example.org' });
      expect(toAccount).toMatchObject({ __typename: 'HandoverSheetSent', staffChannelsIncluded: true });
      const staffMail = await mailTo('noegleperson@example.org');
      expect((await staffLinesOf('0217')).some((line) => String(staffMail.html).includes(line))).toBe(true);
      expect(staffMail.text).toContain('kun fagpersoner');

      // The printable page the mail links to shows public lines to whoever opens it.
      const linked = await fetch(String(sent.sheetUrl).replace('https://vejviser.test', t.url));
      expect(linked.status).toBe(200);
      expect(await linked.text()).toContain('Region Østdanmark');
    });

    it('keeps no content of a sent sheet: the mail log says only that it went', async () => {
      await send({ to: 'glemt.ark@example.org', municipalityCode: '0217', age: 16, situations: ['discharge-child-youth-psychiatry'] });
      const received = await mailTo('glemt.ark@example.org');
      expect(received.text).toContain('Helsingør');
      let logged: { status: string; subject: string; html: string; text: string } | undefined;
      for (let i = 0; i < 50 && logged?.status !== 'SENT'; i++) {
        [logged] = await t.database.dataSource.query(
          `SELECT status, subject, html, text FROM mail_message WHERE 'glemt.ark@example.org' = ANY(recipients)`,
        );
        if (logged?.status !== 'SENT') await new Promise((done) => setTimeout(done, 100));
      }
      expect(logged).toEqual({ status: 'SENT', subject: expect.stringContaining('indholdet er slettet'), html: '', text: '' });
    });
  });
});
