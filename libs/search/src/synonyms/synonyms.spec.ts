import { AuditTrail, ConflictError, Deleted, ForbiddenError, NotFoundError, RequestContext, ValidationError, type Grant } from '#core';
import { SEARCH_ENGINE, SearchService, SynonymGroupRecord, SynonymsService, type SearchEngine, type SynonymGroup } from '#search';
import { ADMIN_CTX, createTestContext, makeOffer, makeOrganisation, ok, type TestContext } from '#testing';

const account = (grants: Grant[]) => new RequestContext({ kind: 'account', accountId: '00000000-0000-4000-8000-0000000005e1', grants });
const COORDINATOR = account([{ role: 'NETWORK_COORDINATOR', networkId: '00000000-0000-4000-8000-000000000e71' }]);
const PROFESSIONAL = account([]);
const EDITOR = account([{ role: 'EDITOR', organisationId: '00000000-0000-4000-8000-0000000000ed' }]);

let t: TestContext;
let synonyms: SynonymsService;
const found = async (query: string): Promise<string[]> =>
  (await t.context.get(SearchService).search(new RequestContext(), { query, first: 50 })).edges.map((e) => e.node.id);

beforeAll(async () => {
  t = await createTestContext();
  synonyms = t.context.get(SynonymsService);
});
afterAll(() => t?.close());

describe('synonym groups', () => {
  it('start with Danish defaults for abbreviations and legal references', async () => {
    const groups = (await synonyms.list()).map((g) => g.terms);
    expect(groups).toContainEqual(expect.arrayContaining(['BUP', 'børne- og ungdomspsykiatri']));
    expect(groups).toContainEqual(expect.arrayContaining(['PPR', 'pædagogisk psykologisk rådgivning']));
    expect(groups).toContainEqual(expect.arrayContaining(['bostøtte', '§ 85', 'socialpædagogisk støtte']));
    expect(groups).toContainEqual(expect.arrayContaining(['udskrivning', 'udskrivelse']));
    for (const abbreviation of ['UU', 'SSP', 'OPUS', 'KUI']) expect(groups.some((g) => g.includes(abbreviation))).toBe(true);
  });

  it('may be created, changed and deleted by administrators and network coordinators only', async () => {
    for (const ctx of [new RequestContext(), PROFESSIONAL, EDITOR]) {
      expect(await synonyms.create(ctx, { terms: ['tagkammer', 'kvistværelse'] })).toBeInstanceOf(ForbiddenError);
    }
    const created = ok(await synonyms.create(COORDINATOR, { terms: ['tagkammer', 'kvistværelse'] }), SynonymGroupRecord);
    expect(created.terms).toEqual(['tagkammer', 'kvistværelse']);
    expect(await synonyms.update(EDITOR, created.id, { terms: ['tagkammer', 'loftsrum'] })).toBeInstanceOf(ForbiddenError);
    expect(await synonyms.delete(PROFESSIONAL, created.id)).toBeInstanceOf(ForbiddenError);
    const updated = ok(await synonyms.update(ADMIN_CTX, created.id, { terms: ['tagkammer', 'loftsrum'] }), SynonymGroupRecord);
    expect(updated.terms).toEqual(['tagkammer', 'loftsrum']);
    expect(ok(await synonyms.delete(COORDINATOR, created.id), Deleted).id).toBe(created.id);
    expect((await synonyms.list()).map((g) => g.id)).not.toContain(created.id);
  });

  it('rejects groups that are too small, repeat a term or hold empty, long or wordless terms, with Danish field messages', async () => {
    const fails = async (terms: string[]) => {
      const result = await synonyms.create(ADMIN_CTX, { terms });
      expect(result).toBeInstanceOf(ValidationError);
      return (result as ValidationError).fieldErrors;
    };
    expect(await fails(['ensom'])).toEqual([{ path: 'input.terms', message: 'Skriv mindst to ord eller udtryk, der betyder det samme.' }]);
    expect(await fails(['Kvistkammer', 'kvistkammer'])).toEqual([{ path: 'input.terms.1', message: 'Står allerede i gruppen.' }]);
    expect(await fails(['Børne-unge', 'borne unge'])).toEqual([{ path: 'input.terms.1', message: 'Står allerede i gruppen.' }]);
    expect(await fails(['kvist', '  '])).toEqual([{ path: 'input.terms.1', message: 'Skal udfyldes.' }]);
    expect(await fails(['kvist', 'x'.repeat(81)])).toEqual([{ path: 'input.terms.1', message: 'Må højst være 80 tegn.' }]);
    expect(await fails(['kvist', '§ –'])).toEqual([{ path: 'input.terms.1', message: 'Skal indeholde et bogstav eller et tal.' }]);
    // A bad term and a term twice, in one answer.
    expect(await fails(['kvist', '  ', 'Kvist'])).toEqual([
      { path: 'input.terms.1', message: 'Skal udfyldes.' },
      { path: 'input.terms.2', message: 'Står allerede i gruppen.' },
    ]);
    expect((await fails(Array.from({ length: 21 }, (_, i) => `ord${i}`)))[0].path).toBe('input.terms');
  });

  it('keeps each term in one group, whatever its case and accents', async () => {
    const conflict = await synonyms.create(ADMIN_CTX, { terms: ['BOSTOTTE', 'hjemmestøtte'] });
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).message).toMatch(/^"BOSTOTTE" står allerede i gruppen "bostøtte, § 85/);
    const own = ok(await synonyms.create(ADMIN_CTX, { terms: ['kælderrum', 'kælder'] }), SynonymGroupRecord);
    expect(await synonyms.update(ADMIN_CTX, own.id, { terms: ['kælder', 'kælderrum', 'souterrain'] })).toBeInstanceOf(SynonymGroupRecord);
    expect(await synonyms.update(ADMIN_CTX, own.id, { terms: ['kælder', 'PPR'] })).toBeInstanceOf(ConflictError);
  });

  it('answers NotFoundError for a group that does not exist', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'ikke-et-id']) {
      expect(await synonyms.update(ADMIN_CTX, id, { terms: ['a1', 'b1'] })).toEqual(NotFoundError.of('Synonymgruppen', id));
      expect(await synonyms.delete(ADMIN_CTX, id)).toEqual(NotFoundError.of('Synonymgruppen', id));
    }
  });

  it('audits every change with the terms before and after', async () => {
    const group = ok(await synonyms.create(ADMIN_CTX, { terms: ['værksted', 'workshop'] }), SynonymGroupRecord);
    await synonyms.update(COORDINATOR, group.id, { terms: ['værksted', 'værkstedsforløb'] });
    await synonyms.delete(ADMIN_CTX, group.id);
    const history = await t.context.get(AuditTrail).history(ADMIN_CTX, group.id);
    expect(history.map((e) => [e.action, e.entityType])).toEqual([
      ['DELETE', 'SynonymGroup'],
      ['UPDATE', 'SynonymGroup'],
      ['CREATE', 'SynonymGroup'],
    ]);
    expect(history[1].accountId).toBe(COORDINATOR.accountId);
    expect(history[1].changes).toEqual([
      { field: 'terms', before: JSON.stringify(['værksted', 'workshop']), after: JSON.stringify(['værksted', 'værkstedsforløb']) },
    ]);
  });
});

describe('synonyms in search', () => {
  let offer: string;
  beforeAll(async () => {
    const org = await makeOrganisation(t.context, { name: 'Synonymkommunen' });
    offer = (
      await makeOffer(t.context, { organisationId: org.id, name: 'Pejsestuen', description: 'Et rum med brændeovn og plads til samtale.' })
    ).id;
  });

  it('use a change at once, without a restart, and forget a deleted group', async () => {
    expect(await found('kaminrum')).toEqual([]);
    const group = ok(await synonyms.create(ADMIN_CTX, { terms: ['pejsestue', 'kaminrum', 'rum med brændeovn'] }), SynonymGroupRecord);
    expect(await found('kaminrum')).toEqual([offer]);
    await synonyms.update(ADMIN_CTX, group.id, { terms: ['pejsestue', 'ildsted'] });
    expect(await found('kaminrum')).toEqual([]);
    expect(await found('ildsted')).toEqual([offer]);
    await synonyms.delete(ADMIN_CTX, group.id);
    expect(await found('ildsted')).toEqual([]);
  });

  it('match a phrase term as a phrase, and a term in any inflection', async () => {
    const group = ok(await synonyms.create(ADMIN_CTX, { terms: ['varmestue', 'rum med brændeovn'] }), SynonymGroupRecord);
    expect(await found('varmestuen')).toEqual([offer]);
    expect(await found('varmestuer')).toEqual([offer]);
    await synonyms.update(ADMIN_CTX, group.id, { terms: ['varmestue', 'brændeovn med rum'] });
    expect(await found('varmestue')).toEqual([]);
    await synonyms.delete(ADMIN_CTX, group.id);
  });

  it('pick up a group another process wrote at the next search', async () => {
    await t.database.dataSource.query(`INSERT INTO search_synonym (terms) VALUES ($1)`, [['brændeovnsrum', 'pejsestue']]);
    expect(await found('brændeovnsrum')).toEqual([offer]);
    await t.database.dataSource.query(`DELETE FROM search_synonym WHERE 'brændeovnsrum' = ANY(terms)`);
    expect(await found('brændeovnsrum')).toEqual([]);
  });

  it('give the engine every group after each change', async () => {
    const engine = t.context.get<SearchEngine>(SEARCH_ENGINE);
    const seen: SynonymGroup[][] = [];
    const original = engine.setSynonyms.bind(engine);
    engine.setSynonyms = async (groups) => {
      seen.push(groups);
      await original(groups);
    };
    try {
      const group = ok(await synonyms.create(ADMIN_CTX, { terms: ['sofahjørne', 'hyggekrog'] }), SynonymGroupRecord);
      await synonyms.delete(ADMIN_CTX, group.id);
    } finally {
      engine.setSynonyms = original;
    }
    const all = (await synonyms.list()).length;
    expect(seen.map((groups) => groups.length)).toEqual([all + 1, all]);
    expect(seen[0]).toContainEqual(['sofahjørne', 'hyggekrog']);
    expect(seen[0]).toContainEqual(expect.arrayContaining(['BUP']));
  });
});
