import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

const BOM = '\uFEFF';
/** The body as it is, BOM included (Response.text() drops a BOM). */
const decode = (bytes: ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const STAFF_PHONE = '+45 70 11 22 33';
const PUBLIC_PHONE = '+45 70 99 88 77';
const CONTACT_STAFF_PHONE = '+45 70 44 55 66';
const CONTACT_PUBLIC_PHONE = '+45 70 55 66 77';
/** Filler offers in another municipality: more than one batch (500), so paging is exercised. */
const FILLER = 1100;

/** A sheet's cells as text, header first, every row as wide as the header (exceljs answers numbers and empty cells too). */
function cells(sheet: ExcelJS.Worksheet): string[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => String(row.getCell(c + 1).value ?? '')));
  }
  return rows;
}

/** The CSV read back by exceljs's CSV reader, every value kept as the text it is (no number or date guessing). */
async function readCsv(text: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([text.slice(BOM.length)]), {
    parserOptions: { delimiter: ';' },
    map: (value: unknown) => value,
  });
  return cells(sheet);
}

async function readXlsx(bytes: ArrayBuffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return cells(workbook.worksheets[0]);
}

/**
 * The spreadsheet export over HTTP: offers, contacts, organisations and units with search's filters, the CSV Danish
 * Excel opens, formulas neutralised, staff lines (offers' and contacts') only when asked by a professional.
 */
describe('catalogue export (/eksport/katalog.csv, .xlsx)', () => {
  let t: TestApp;
  let token: string;
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  async function csv(query: string, headers: Record<string, string> = {}): Promise<{ text: string; rows: string[][] }> {
    const res = await get(`/eksport/katalog.csv${query}`, headers);
    expect(res.status).toBe(200);
    const text = decode(await res.arrayBuffer());
    return { text, rows: await readCsv(text) };
  }
  const names = (rows: string[][]) => rows.slice(1).map((row) => row[rows[0].indexOf('Navn')]);
  /** "Type: Navn" of every row, sorted. */
  const typed = (rows: string[][]) =>
    rows
      .slice(1)
      .map((row) => `${row[rows[0].indexOf('Type')]}: ${row[rows[0].indexOf('Navn')]}`)
      .sort();
  const byName = (rows: string[][], name: string) => {
    const row = rows.find((r) => r[rows[0].indexOf('Navn')] === name)!;
    return (header: string) => row[rows[0].indexOf(header)];
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await signInAsAdmin(t);
    const [{ id: helsingor }] = await sql<{ id: string }>(
      `INSERT INTO organisation (name, sector, municipality_code) VALUES ('Helsingør Kommune', 'MUNICIPAL', '0217') RETURNING id`,
    );
    const [{ id: herning }] = await sql<{ id: string }>(
      `INSERT INTO organisation (name, sector, municipality_code) VALUES ('Herning Kommune', 'MUNICIPAL', '0657') RETURNING id`,
    );
    const channels = JSON.stringify([
      { kind: 'PHONE', value: PUBLIC_PHONE, label: null, visibility: 'PUBLIC' },
      { kind: 'PHONE', value: STAFF_PHONE, label: 'Direkte', visibility: 'STAFF' },
    ]);
    const offer = (org: string, name: string, route: string, min: number | null, max: number | null, situations: string[], extra = '') =>
      sql(
        `INSERT INTO offer (organisation_id, name, access_route, age_min, age_max, situation_keys, channels, status, help_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'ACTIVE', $8)`,
        [org, name, route, min, max, situations, channels, extra || null],
      );
    await offer(helsingor, 'Ungerådgivningen', 'ANONYMOUS', 12, 25, ['self-harm'], 'Samtaler; også "om aftenen"\nog i weekenden');
    await offer(helsingor, 'Voksenstøtte', 'VISITATION', 18, 99, ['discharge-adult-psychiatry']);
    await offer(helsingor, '=HYPERLINK("https://example.org","klik")', 'SELF_REFERRAL', 0, 17, ['school-absence']);
    await offer(herning, 'UngMod 24/7', 'ANONYMOUS', 12, 25, ['self-harm']);
    const contactChannels = JSON.stringify([
      { kind: 'PHONE', value: CONTACT_PUBLIC_PHONE, label: null, visibility: 'PUBLIC' },
      { kind: 'PHONE', value: CONTACT_STAFF_PHONE, label: null, visibility: 'STAFF' },
    ]);
    const contact = (org: string, name: string, situations: string[], left = false) =>
      sql(
        `INSERT INTO contact (organisation_id, kind, name, role_title, channels, situation_keys, left_at)
         VALUES ($1, 'FUNCTION', $2, 'Rådgiver', $3::jsonb, $4, ${left ? 'now()' : 'NULL'})`,
        [org, name, contactChannels, situations],
      );
    await contact(helsingor, 'Vagttelefonen', ['self-harm']);
    await contact(helsingor, 'Gået på pension', ['self-harm'], true);
    await contact(herning, 'Herning Rådgivning', []);
    await sql(`INSERT INTO unit (organisation_id, name, kind) VALUES ($1, 'Børne- og ungeafdelingen', 'AFDELING')`, [helsingor]);
    await sql(
      `INSERT INTO offer (organisation_id, name, access_route, status, channels)
       SELECT $1, 'Fyld ' || lpad(n::text, 4, '0'), 'REFERRAL', 'ACTIVE', '[]'::jsonb FROM generate_series(1, ${FILLER}) n`,
      [herning],
    );
  });
  afterAll(() => t.close());

  it('answers CSV for Danish Excel: BOM, semicolons, Danish headers, a dated attachment', async () => {
    const res = await get('/eksport/katalog.csv?kommune=0217');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tilbudskatalog-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = await res.arrayBuffer();
    expect([...new Uint8Array(bytes, 0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^Type;Id;Navn;Organisation;Enhed;Art;Rolle;Status;/);
    const rows = await readCsv(text);
    expect(rows[0]).toEqual(expect.arrayContaining(['Navn', 'Alder fra', 'Adgangsvej', 'Situationer', 'Kontaktveje']));
    const at = byName(rows, 'Ungerådgivningen');
    expect(at('Type')).toBe('Tilbud');
    expect(at('Organisation')).toBe('Helsingør Kommune');
    expect(at('Adgangsvej')).toBe('Anonym');
    expect(at('Situationer')).toBe('Selvskade');
    expect([at('Alder fra'), at('Alder til')]).toEqual(['12', '25']);
    expect(at('Hvad vi kan hjælpe med')).toBe('Samtaler; også "om aftenen"\nog i weekenden');
  });

  it('honours the catalogue filters on offers: municipality, situation, age range, access route and type', async () => {
    expect(names((await csv('?kommune=0217&type=tilbud')).rows).sort()).toEqual(
      ['Ungerådgivningen', 'Voksenstøtte', `'=HYPERLINK("https://example.org","klik")`].sort(),
    );
    expect(names((await csv('?situationer=suicidal-behaviour&type=tilbud')).rows).sort()).toEqual(['UngMod 24/7', 'Ungerådgivningen']);
    expect(names((await csv('?kommune=0217&alder-fra=18&alder-til=30&type=tilbud')).rows).sort()).toEqual([
      'Ungerådgivningen',
      'Voksenstøtte',
    ]);
    expect(names((await csv('?kommune=0217&alder=30&type=tilbud')).rows)).toEqual(['Voksenstøtte']);
    expect(names((await csv('?adgangsvej=anonym&adgangsvej=visitation')).rows).sort()).toEqual(
      ['UngMod 24/7', 'Ungerådgivningen', 'Voksenstøtte'].sort(),
    );
    expect(names((await csv('?kommune=0217,0657&adgangsvej=anonym&type=tilbud')).rows).sort()).toEqual(['UngMod 24/7', 'Ungerådgivningen']);
  });

  it('exports contacts, organisations and units too, a Type column telling them apart, with the same filters as search', async () => {
    const helsingor = (await csv('?kommune=0217')).rows;
    expect(typed(helsingor)).toEqual(
      [
        'Enhed: Børne- og ungeafdelingen',
        'Kontakt: Vagttelefonen',
        'Organisation: Helsingør Kommune',
        'Tilbud: Ungerådgivningen',
        'Tilbud: Voksenstøtte',
        `Tilbud: '=HYPERLINK("https://example.org","klik")`,
      ].sort(),
    );
    const contact = byName(helsingor, 'Vagttelefonen');
    expect([contact('Organisation'), contact('Art'), contact('Rolle'), contact('Situationer')]).toEqual([
      'Helsingør Kommune',
      'Funktion',
      'Rådgiver',
      'Selvskade',
    ]);
    expect(contact('Kontaktveje')).toBe(`Telefon: ${CONTACT_PUBLIC_PHONE}`);
    expect(byName(helsingor, 'Børne- og ungeafdelingen')('Art')).toBe('Afdeling');
    expect(byName(helsingor, 'Helsingør Kommune')('Kommuner')).toBe('Helsingør');
    // A type or several; contacts who left are never exported.
    expect(typed((await csv('?type=kontakt')).rows)).toEqual(['Kontakt: Herning Rådgivning', 'Kontakt: Vagttelefonen']);
    expect(typed((await csv('?type=kontakt,enhed&kommune=0217')).rows)).toEqual([
      'Enhed: Børne- og ungeafdelingen',
      'Kontakt: Vagttelefonen',
    ]);
    // Situations: offers and contacts that have them; an access route: offers only; ages: records without ages match.
    expect(typed((await csv('?situationer=suicidal-behaviour')).rows)).toEqual([
      'Kontakt: Vagttelefonen',
      'Tilbud: UngMod 24/7',
      'Tilbud: Ungerådgivningen',
    ]);
    expect(typed((await csv('?kommune=0217&adgangsvej=anonym')).rows)).toEqual(['Tilbud: Ungerådgivningen']);
    expect(typed((await csv('?kommune=0217&alder=30&type=kontakt,tilbud,organisation')).rows)).toEqual([
      'Kontakt: Vagttelefonen',
      'Organisation: Helsingør Kommune',
      'Tilbud: Voksenstøtte',
    ]);
  });

  it('exports the whole catalogue, batch after batch, each record once', async () => {
    const offers = (await csv('?type=tilbud')).rows.slice(1).map((r) => r[1]);
    expect(offers).toHaveLength(FILLER + 4);
    expect(new Set(offers).size).toBe(offers.length);
    const all = (await csv('')).rows.slice(1).map((r) => r[1]);
    expect(all).toHaveLength(FILLER + 4 + 2 + 2 + 1);
    expect(new Set(all).size).toBe(all.length);
  });

  it('neutralises cells a spreadsheet would read as a formula', async () => {
    const { text, rows } = await csv('?kommune=0217&adgangsvej=selv');
    expect(rows[1][0]).toBe('Tilbud');
    expect(names(rows)).toEqual([`'=HYPERLINK("https://example.org","klik")`]);
    expect(text).not.toMatch(/;"?=HYPERLINK/);
  });

  it('leaves the staff lines out for anonymous visitors, and for professionals who did not ask for them', async () => {
    const anonymous = await csv('?kommune=0217');
    expect(anonymous.text).toContain(PUBLIC_PHONE);
    expect(anonymous.text).not.toContain(STAFF_PHONE);
    expect(anonymous.text).toContain(CONTACT_PUBLIC_PHONE);
    expect(anonymous.text).not.toContain(CONTACT_STAFF_PHONE);
    expect(anonymous.rows[0].join(';')).not.toContain('Medarbejderlinjer');
    const notAsked = await csv('?kommune=0217', { authorization: `Bearer ${token}` });
    expect(notAsked.text).toContain(PUBLIC_PHONE);
    expect(notAsked.text).not.toContain(STAFF_PHONE);
    expect(notAsked.text).not.toContain(CONTACT_STAFF_PHONE);
    const asked = await get('/eksport/katalog.csv?kommune=0217&medarbejderlinjer=1');
    expect(asked.status).toBe(401);
    const body = await asked.text();
    expect(body).toMatch(/kun for fagpersoner/);
    expect(body).not.toContain(STAFF_PHONE);
    const xlsx = await get('/eksport/katalog.xlsx?kommune=0217&medarbejderlinjer=ja');
    expect(xlsx.status).toBe(401);
  });

  it('gives a signed-in professional who asks the staff lines in a column of their own', async () => {
    const { rows } = await csv('?kommune=0217&medarbejderlinjer=1', { authorization: `Bearer ${token}` });
    const column = rows[0].indexOf('Medarbejderlinjer (kun for fagpersoner)');
    expect(column).toBeGreaterThan(-1);
    const offer = byName(rows, 'Ungerådgivningen');
    expect(offer('Medarbejderlinjer (kun for fagpersoner)')).toBe(`Telefon (Direkte): ${STAFF_PHONE}`);
    expect(offer('Kontaktveje')).toBe(`Telefon: ${PUBLIC_PHONE}`);
    const contact = byName(rows, 'Vagttelefonen');
    expect(contact('Medarbejderlinjer (kun for fagpersoner)')).toBe(`Telefon: ${CONTACT_STAFF_PHONE}`);
    expect(contact('Kontaktveje')).toBe(`Telefon: ${CONTACT_PUBLIC_PHONE}`);
  });

  it('answers XLSX with the same rows as the CSV', async () => {
    for (const [query, headers] of [
      ['?kommune=0217', {}],
      ['?kommune=0217&medarbejderlinjer=1', { authorization: `Bearer ${token}` }],
    ] as const) {
      const res = await get(`/eksport/katalog.xlsx${query}`, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tilbudskatalog-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const xlsxRows = await readXlsx(await res.arrayBuffer());
      expect(xlsxRows).toEqual((await csv(query, headers)).rows);
    }
  });

  it('refuses bad parameters with a Danish 400, never a 500', async () => {
    const cases: [string, RegExp][] = [
      ['?kommune=9999', /Ukendt kommunekode: "9999"/],
      ['?situationer=nope', /Ukendt situation: "nope"/],
      ['?alder-fra=30&alder-til=12', /"Alder til" må ikke være mindre end "alder fra"/],
      ['?alder=abc', /alder skal være et helt tal fra 0 til 120/],
      ['?alder-til=121', /alder-til skal være et helt tal fra 0 til 120/],
      ['?alder=3&alder=4', /Angiv alder højst én gang/],
      ['?adgangsvej=constructor', /Ukendt adgangsvej: "constructor"/],
      ['?type=nope', /Ukendt type: "nope"\. Brug "tilbud", "kontakt", "organisation", "enhed"/],
      ['?type=kontakt&situationer=nope', /Ukendt situation: "nope"/],
      ['?type=enhed&alder-fra=30&alder-til=12', /"Alder til" må ikke være mindre/],
      ['?medarbejderlinjer=måske', /medarbejderlinjer skal være 1/],
      ['?q=udskrivning', /Ukendt parameter: "q"/],
      ['?kommune[a]=0217', /Ukendt parameter|skal være tekst/],
      ['?situationer=010203-1234', /CPR-nummer/],
    ];
    for (const [query, message] of cases) {
      for (const format of ['csv', 'xlsx']) {
        const res = await get(`/eksport/katalog.${format}${query}`);
        expect([query, res.status]).toEqual([query, 400]);
        expect(await res.text()).toMatch(message);
      }
    }
  });

  it('refuses an invalid token with a 401 instead of exporting', async () => {
    const res = await get('/eksport/katalog.csv', { authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Adgangstokenet er ugyldigt/);
  });

  it("answers the README's curl examples as they are written", async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const examples = [...readme.matchAll(/^curl -OJ (-H "Authorization: Bearer \$TOKEN" )?'http:\/\/localhost:3000(\/eksport\/[^']+)'$/gm)];
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [, auth, path] of examples) {
      const res = await get(path, auth ? { authorization: `Bearer ${token}` } : {});
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tilbudskatalog-/);
    }
  });
});
