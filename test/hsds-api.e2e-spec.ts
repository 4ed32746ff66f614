import type { ValidateFunction } from 'ajv';
import { hsdsValidators, problems, type HsdsValidators } from './support/hsds-schemas.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Page {
  total_items: number;
  total_pages: number;
  page_number: number;
  last_page: boolean;
  contents: Record<string, unknown>[];
}

/**
 * The HSDS 3.0 API over HTTP on the demo data: every page and every record validates against Open Referral's
 * JSON schemas (ajv, formats checked); filters and paging do what the OpenAPI description says; a client's
 * mistake is a Danish 400, never a 500.
 */
describe('HSDS 3.0 API (/hsds/)', () => {
  let t: TestApp;
  let v: HsdsValidators;

  const get = async <T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${t.url}${path}`, { headers: { accept: 'application/json' } });
    return { status: res.status, body: (await res.json()) as T };
  };

  /** Every page of a list (100 a page), each envelope and item validated. */
  const walk = async (path: string, item: ValidateFunction | null): Promise<Record<string, unknown>[]> => {
    const all: Record<string, unknown>[] = [];
    const errors: string[] = [];
    for (let page = 1; ; page++) {
      const { status, body: p } = await get<Page>(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`);
      expect(status).toBe(200);
      if (!v.page(p)) errors.push(...problems(v.page, `${path} page ${page}`));
      expect(p.page_number).toBe(page);
      for (const record of p.contents) {
        const valid = item ? item(record) : true;
        if (item && !valid) errors.push(...problems(item, `${path} ${String(record.id)}`));
      }
      all.push(...p.contents);
      if (p.last_page) {
        expect(p.total_items).toBe(all.length);
        expect(p.total_pages).toBe(Math.max(page, Math.ceil(all.length / 100)));
        break;
      }
    }
    expect(errors).toEqual([]);
    return all;
  };

  /** Every record by its id, validated. */
  const eachById = async (path: string, ids: unknown[], validate: ValidateFunction): Promise<Record<string, unknown>[]> => {
    const errors: string[] = [];
    const records: Record<string, unknown>[] = [];
    for (const id of ids) {
      const { status, body } = await get(`${path}/${String(id)}`);
      expect(status).toBe(200);
      if (!validate(body)) errors.push(...problems(validate, `${path}/${String(id)}`));
      records.push(body);
    }
    expect(errors).toEqual([]);
    return records;
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    v = hsdsValidators();
  });
  afterAll(() => t.close());

  it('names its version and profile', async () => {
    const { status, body } = await get('/hsds/');
    expect(status).toBe(200);
    expect(body.version).toBe('3.0');
    expect(String(body.profile)).toMatch(/^http:\/\/.+\/hsds\/profile$/);
    const profile = await get('/hsds/profile');
    expect(profile.status).toBe(200);
    expect(profile.body.taxonomies).toHaveLength(3);
  });

  it('serves every service of the demo data valid, in lists (short and full) and one by one', async () => {
    const short = await walk('/hsds/services', v.schema('service'));
    expect(short.length).toBeGreaterThan(20);
    const full = await walk('/hsds/services?full=true', v.schema('service'));
    expect(full.map((s) => s.id)).toEqual(short.map((s) => s.id));
    const one = await eachById(
      '/hsds/services',
      short.map((s) => s.id),
      v.schema('service'),
    );
    expect(one).toEqual(full);
    // The extension points carry what HSDS has no field for.
    const attributes = full.flatMap((s) => s.attributes as { link_type: string }[]);
    for (const kind of ['situation', 'problem', 'adgangsvej', 'lovgrundlag'])
      expect(attributes.some((a) => a.link_type === kind)).toBe(true);
    expect(full.some((s) => typeof s.assured_date === 'string')).toBe(true);
    const minimal = await walk('/hsds/services?minimal=true', null);
    expect(minimal.map((s) => Object.keys(s).sort())).toEqual(minimal.map(() => ['id', 'last_modified']));
  });

  it('serves every organization valid, with its contacts and services', async () => {
    const list = await walk('/hsds/organizations', v.schema('organization'));
    expect(list.length).toBeGreaterThan(10);
    await walk('/hsds/organizations?full_service=true', v.schema('organization'));
    const full = await eachById(
      '/hsds/organizations',
      list.map((o) => o.id),
      v.schema('organization'),
    );
    const services = v.schema('service');
    const contact = v.schema('contact');
    const errors: string[] = [];
    for (const org of full) {
      for (const s of org.services as unknown[]) if (!services(s)) errors.push(...problems(services, `${String(org.id)} service`));
      for (const c of org.contacts as unknown[]) if (!contact(c)) errors.push(...problems(contact, `${String(org.id)} contact`));
    }
    expect(errors).toEqual([]);
    expect(full.some((o) => (o.contacts as unknown[]).length > 0)).toBe(true);
  });

  it('serves every service at a location valid, one per address or municipality of an offer', async () => {
    const short = await walk('/hsds/service_at_locations', v.schema('service_at_location'));
    const full = await walk('/hsds/service_at_locations?full=true', v.schema('service_at_location'));
    expect(new Set(full.map((s) => s.id)).size).toBe(full.length);
    expect(full.map((s) => s.id)).toEqual(short.map((s) => s.id));
    const location = v.schema('location');
    const errors = full.flatMap((s) => (location(s.location) ? [] : problems(location, String(s.id))));
    expect(errors).toEqual([]);
    await eachById(
      '/hsds/service_at_locations',
      full.slice(0, 30).map((s) => s.id),
      v.schema('service_at_location'),
    );
  });

  it('serves the taxonomies and every term valid', async () => {
    const taxonomies = await walk('/hsds/taxonomies', v.schema('taxonomy'));
    expect(taxonomies).toHaveLength(3);
    await eachById(
      '/hsds/taxonomies',
      taxonomies.map((x) => x.id),
      v.schema('taxonomy'),
    );
    const terms = await walk('/hsds/taxonomy_terms', v.schema('taxonomy_term'));
    await eachById(
      '/hsds/taxonomy_terms',
      terms.map((x) => x.id),
      v.schema('taxonomy_term'),
    );
    const situations = await walk(`/hsds/taxonomy_terms?taxonomy_id=${String(taxonomies[0].id)}`, null);
    expect(situations.length).toBeGreaterThan(5);
    expect(situations.every((s) => s.taxonomy_id === taxonomies[0].id)).toBe(true);
  });

  it('filters services by taxonomy term, organization and text, and pages them', async () => {
    const terms = await walk('/hsds/taxonomy_terms?search=udskrivning', null);
    const discharge = terms.find((x) => x.code === 'discharge');
    const found = await walk(`/hsds/services?full=true&taxonomy_term_id=${String(discharge?.id)}`, v.schema('service'));
    expect(found.length).toBeGreaterThan(0);
    const codes = new Set(terms.map((x) => x.code));
    for (const s of found)
      expect((s.attributes as { taxonomy_term?: { code: string } }[]).some((a) => codes.has(a.taxonomy_term?.code ?? ''))).toBe(true);

    const [org] = found;
    const own = await walk(`/hsds/services?organization_id=${String(org.organization_id)}`, null);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s) => s.organization_id === org.organization_id)).toBe(true);

    const word = String(org.name).split(' ')[0];
    const searched = await walk(`/hsds/services?search=${encodeURIComponent(word)}`, null);
    expect(searched.map((s) => s.id)).toContain(org.id);

    const page2 = await get('/hsds/services?per_page=5&page=2');
    expect(page2.body).toMatchObject({ page_number: 2, size: 5, first_page: false, last_page: false, empty: false });
    const beyond = await get('/hsds/services?per_page=5&page=9999');
    expect(beyond.body).toMatchObject({ size: 0, empty: true, last_page: true });
    expect(beyond.body.total_items).toBe(page2.body.total_items);
  });

  it('answers a bad parameter with a Danish 400, never a 500', async () => {
    const bad = [
      '/hsds/services?per_page=0',
      '/hsds/services?per_page=100000',
      '/hsds/services?page=abc',
      '/hsds/services?page=-1',
      '/hsds/services?unknown=1',
      '/hsds/services?page=1&page=2',
      '/hsds/services?search[a]=1',
      '/hsds/services?modified_after=igår',
      '/hsds/services?modified_after=2026-02-30T10:00:00Z',
      '/hsds/services?taxonomy_term_id=nope',
      `/hsds/services?taxonomy_term_id=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
      '/hsds/services?organization_id=1',
      '/hsds/services?minimal=yes',
      '/hsds/services?format=ndjson',
      '/hsds/organizations?full=maybe',
      '/hsds/taxonomy_terms?parent_id=x',
      '/hsds/services/not-a-uuid',
      '/hsds/deletions',
    ];
    for (const path of bad) {
      const { status, body } = await get(path);
      expect({ path, status }).toEqual({ path, status: 400 });
      expect({ path, code: body.code }).toEqual({ path, code: 'BAD_REQUEST' });
      expect(String(body.message)).toMatch(/[æøå]|skal|ukendt|findes ikke|understøtter|ligner/i);
    }
    // CPR-like text is refused at the edge of every HTTP route, and again by the HSDS parameters.
    for (const path of ['/hsds/services?search=010190-1234', '/hsds/services?search=0101901234', '/hsds/organizations?search=1012901234']) {
      const { status, body } = await get(path);
      expect({ path, status }).toEqual({ path, status: 400 });
      expect(String(body.message)).toMatch(/CPR/);
      expect(JSON.stringify(body)).not.toMatch(/0101901234|010190-1234|1012901234/);
    }
    // A UUID may hold "ddmmyy-nnnn" by chance (here "010190-1234"): it is an id, not a CPR number.
    const cprShaped = 'ab010190-1234-4abc-8def-0123456789ab';
    const byOrganization = await get(`/hsds/services?organization_id=${cprShaped}`);
    expect(byOrganization).toMatchObject({ status: 200, body: { total_items: 0 } });
    expect((await get(`/hsds/services/${cprShaped}`)).status).toBe(404);
    const missing = await get(`/hsds/services/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`);
    expect(missing).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: 'Tilbuddet findes ikke.' } });
  });
});
