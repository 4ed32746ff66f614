import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

interface Page<T> {
  total_items: number;
  contents: T[];
}

/**
 * Keeping another system in sync through /hsds/: `modified_after` lists what changed on or after a moment,
 * and /hsds/deletions what was removed since (read from the audit trail), so nothing needs reading twice.
 */
describe('HSDS incremental sync (modified_after, /hsds/deletions)', () => {
  let t: TestApp;
  let token: string;

  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${t.url}${path}`);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  const ids = (page: Page<{ id: string }>) => page.contents.map((r) => r.id).sort();
  const since = (at: Date) => encodeURIComponent(at.toISOString());
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    token = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  it('lists only the services, organizations and places changed since a moment, and the deletions', async () => {
    await pause();
    const start = new Date();
    await pause();
    expect((await get<Page<{ id: string }>>(`/hsds/services?modified_after=${since(start)}`)).total_items).toBe(0);
    expect((await get<Page<{ id: string }>>(`/hsds/organizations?modified_after=${since(start)}`)).total_items).toBe(0);
    expect((await get<Page<{ id: string }>>(`/hsds/deletions?modified_after=${since(start)}`)).total_items).toBe(0);

    const [changed, removed]: { id: string }[] = await t.database.dataSource.query(`SELECT id FROM offer ORDER BY name, id LIMIT 2`);
    const update = await t.graphql(
      `mutation ($id: ID!) { updateOffer(id: $id, input: { waitingTime: "Ca. 3 uger" }) { __typename } }`,
      { id: changed.id },
      { token },
    );
    expect(update.data).toEqual({ updateOffer: { __typename: 'Offer' } });
    const created = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Foreningen Til Sletning", sector: CIVIL_SOCIETY }) { ... on Organisation { id } } }`,
      {},
      { token },
    );
    const organisationId = created.data?.createOrganisation.id ?? '';
    expect(organisationId).toMatch(/^[0-9a-f-]{36}$/);

    const services = await get<Page<{ id: string; wait_time?: string }>>(`/hsds/services?modified_after=${since(start)}`);
    expect(ids(services)).toEqual([changed.id]);
    expect(services.contents[0].wait_time).toBe('Ca. 3 uger');
    const minimal = await get<Page<{ id: string; last_modified: string }>>(`/hsds/services?minimal=true&modified_after=${since(start)}`);
    expect(minimal.contents.map((s) => s.id)).toEqual([changed.id]);
    expect(Date.parse(minimal.contents[0].last_modified)).toBeGreaterThanOrEqual(start.getTime());
    const places = await get<Page<{ service_id: string }>>(`/hsds/service_at_locations?modified_after=${since(start)}`);
    expect(new Set(places.contents.map((p) => p.service_id))).toEqual(new Set([changed.id]));
    expect(ids(await get(`/hsds/organizations?modified_after=${since(start)}`))).toEqual([organisationId]);

    await pause();
    const beforeDeletes = new Date();
    await pause();
    for (const [mutation, id] of [
      ['deleteOffer', removed.id],
      ['deleteOrganisation', organisationId],
    ]) {
      const res = await t.graphql(`mutation ($id: ID!) { ${mutation}(id: $id) { __typename } }`, { id }, { token });
      expect(res.data).toEqual({ [mutation]: { __typename: 'Deleted' } });
    }

    const deletions = await get<Page<{ id: string; resource_type: string; deleted_at: string }>>(
      `/hsds/deletions?modified_after=${since(start)}`,
    );
    expect(deletions.contents.map(({ id, resource_type }) => ({ id, resource_type }))).toEqual([
      { id: removed.id, resource_type: 'service' },
      { id: organisationId, resource_type: 'organization' },
    ]);
    for (const d of deletions.contents) expect(Date.parse(d.deleted_at)).toBeGreaterThanOrEqual(beforeDeletes.getTime());
    expect((await fetch(`${t.url}/hsds/services/${removed.id}`)).status).toBe(404);
    expect(ids(await get(`/hsds/services?modified_after=${since(start)}`))).toEqual([changed.id]);

    await pause();
    const later = new Date();
    expect((await get<Page<unknown>>(`/hsds/deletions?modified_after=${since(later)}`)).total_items).toBe(0);
    expect((await get<Page<unknown>>(`/hsds/services?modified_after=${since(later)}`)).total_items).toBe(0);
  });
});
