import { RequestContext, ValidationError } from '#core';
import {
  AccessRoute,
  ChannelKind,
  Contact,
  ContactsService,
  Offer,
  OffersService,
  Organisation,
  OrganisationsService,
  Visibility,
} from '#directory';
import { SearchIndexer, SearchService, SearchType, type SearchInput } from '#search';
import { ADMIN_CTX, createTestContext, makeContact, makeOffer, makeOrganisation, makeUnit, ok, type TestContext } from '#testing';

let t: TestContext;
let helsingor: string;

const search = (input: SearchInput) => t.context.get(SearchService).search(new RequestContext(), input);
const found = async (query: string): Promise<string[]> => (await search({ query, first: 50 })).edges.map((e) => e.node.id);
const sql = async <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
/** Search documents whose stored text (any column) contains `text`, case-insensitively. */
const documentsMentioning = async (text: string): Promise<number> =>
  Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM search_document d WHERE d::text ILIKE $1`, [`%${text}%`]))[0].n);
const documentOf = async (id: string) =>
  (await sql<{ title: string; body: string }>(`SELECT title, body FROM search_document WHERE id = $1`, [id]))[0];

beforeAll(async () => {
  t = await createTestContext();
  helsingor = (await makeOrganisation(t.context, { name: 'Helsingør Kommune Socialpsykiatri' })).id;
});
afterAll(() => t?.close());

describe('indexing with each mutation', () => {
  it('makes a record findable as soon as its create mutation returns', async () => {
    const offer = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Snedkerværkstedet',
      description: 'Beskyttet beskæftigelse med træarbejde.',
    });
    expect(await found('snedkerværkstedet')).toEqual([offer.id]);
    const contact = await makeContact(t.context, {
      organisationId: helsingor,
      name: 'Værkstedslederen',
      helpText: 'Ring om pladser i træværkstedet.',
    });
    expect(await found('værkstedslederen')).toEqual([contact.id]);
    const unit = await makeUnit(t.context, { organisationId: helsingor, name: 'Dagtilbudsafdelingen' });
    expect(await found('dagtilbudsafdelingen')).toEqual([unit.id]);
  });

  it('finds an updated record by its new text and no longer by its old text', async () => {
    const offer = await makeOffer(t.context, { organisationId: helsingor, name: 'Havkajakgruppen', description: 'Friluftsliv for unge.' });
    expect(await found('havkajakgruppen')).toEqual([offer.id]);
    ok(await t.context.get(OffersService).update(ADMIN_CTX, offer.id, { name: 'Kanogruppen', description: 'Padling på Esrum Sø.' }), Offer);
    expect(await found('havkajakgruppen')).toEqual([]);
    expect(await found('kanogruppen')).toEqual([offer.id]);
    expect(await found('padling')).toEqual([offer.id]);
    expect((await documentOf(offer.id)).title).toBe('Kanogruppen');
  });

  it('removes a deleted record from the index', async () => {
    const offer = await makeOffer(t.context, { organisationId: helsingor, name: 'Strikkecaféen' });
    const contact = await makeContact(t.context, { organisationId: helsingor, name: 'Strikkeinstruktøren' });
    expect(await found('strikke')).toHaveLength(2);
    await t.context.get(OffersService).delete(ADMIN_CTX, offer.id);
    await t.context.get(ContactsService).delete(ADMIN_CTX, contact.id);
    expect(await found('strikke')).toEqual([]);
    expect(await documentOf(offer.id)).toBeUndefined();
    expect(await documentOf(contact.id)).toBeUndefined();
  });

  it('leaves no search document behind a rejected mutation', async () => {
    const offers = t.context.get(OffersService);
    // Rejected by a rule before the transaction: visitation needs someone who decides.
    const byRule = await offers.create(ADMIN_CTX, { organisationId: helsingor, name: 'Tømrerholdet', accessRoute: AccessRoute.VISITATION });
    expect(byRule).toBeInstanceOf(ValidationError);
    // Rejected inside the transaction: the unit belongs to another organisation.
    const other = await makeOrganisation(t.context, { name: 'Fredensborg Kommune', municipalityCode: '0210' });
    const foreignUnit = await makeUnit(t.context, { organisationId: other.id, name: 'Fremmed enhed' });
    const inTransaction = await offers.create(ADMIN_CTX, {
      organisationId: helsingor,
      unitId: foreignUnit.id,
      name: 'Tømrerholdet',
      accessRoute: AccessRoute.SELF_REFERRAL,
    });
    expect(inTransaction).toBeInstanceOf(ValidationError);
    expect(await sql(`SELECT id FROM offer WHERE name = 'Tømrerholdet'`)).toEqual([]);
    expect(await documentsMentioning('Tømrerholdet')).toBe(0);
    expect(await found('tømrerholdet')).toEqual([]);

    // A rejected update keeps the document as it was.
    const offer = await makeOffer(t.context, { organisationId: helsingor, name: 'Murerholdet' });
    const rejected = await offers.update(ADMIN_CTX, offer.id, { name: 'Brolæggerholdet', ageMin: 30, ageMax: 18 });
    expect(rejected).toBeInstanceOf(ValidationError);
    expect((await documentOf(offer.id)).title).toBe('Murerholdet');
    expect(await found('murerholdet')).toEqual([offer.id]);
    expect(await documentsMentioning('Brolæggerholdet')).toBe(0);
    // Nor did the rejected text reach the typo-correction vocabulary.
    expect(
      await sql(`SELECT word FROM search_term WHERE word IN (vejviser_fold('brolæggerholdet'), vejviser_fold('tømrerholdet'))`),
    ).toEqual([]);
  });

  it('re-indexes the offers and contacts of a renamed organisation', async () => {
    const org = await makeOrganisation(t.context, { name: 'Gribskov Ungeforvaltning', municipalityCode: '0270' });
    const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Ungdomsklubben' });
    const contact = await makeContact(t.context, { organisationId: org.id, name: 'Klubmedarbejderen' });
    expect(await found('gribskov')).toEqual(expect.arrayContaining([org.id, offer.id, contact.id]));
    ok(await t.context.get(OrganisationsService).update(ADMIN_CTX, org.id, { name: 'Græsted Ungeforvaltning' }), Organisation);
    expect(await found('gribskov')).toEqual([]);
    expect((await found('græsted')).sort()).toEqual([org.id, offer.id, contact.id].sort());
    const offersOnly = await search({ query: 'græsted ungdomsklubben', types: [SearchType.OFFER] });
    expect(offersOnly.edges.map((e) => e.node.id)).toEqual([offer.id]);
  });
});

describe('what is never indexed', () => {
  it('keeps STAFF channel values out of search_document and out of search results', async () => {
    const staffPhone = '87 65 43 21';
    const staffMail = 'kvistbjerg.bagvagt@example.org';
    const contact = ok(
      await t.context.get(ContactsService).create(ADMIN_CTX, {
        organisationId: helsingor,
        name: 'Natteberedskabet',
        helpText: 'Kontakt for samarbejdspartnere om natten.',
        channels: [
          { kind: ChannelKind.PHONE, value: '87654321', label: 'Direkte til vagten', visibility: Visibility.STAFF },
          { kind: ChannelKind.EMAIL, value: staffMail, visibility: Visibility.STAFF },
        ],
      }),
      Contact,
    );
    // The channels are stored on the contact, so their absence from the index is not for lack of data.
    expect(contact.channels.map((c) => c.value)).toEqual([`+45 ${staffPhone}`, staffMail]);
    expect(await found('natteberedskabet')).toEqual([contact.id]);

    for (const text of ['87654321', staffPhone, '87 65', 'kvistbjerg', 'example.org', 'Direkte til vagten']) {
      expect({ text, documents: await documentsMentioning(text) }).toEqual({ text, documents: 0 });
    }
    expect(await sql(`SELECT word FROM search_term WHERE word LIKE '%kvistbjerg%' OR word LIKE '%87654321%'`)).toEqual([]);
    for (const query of ['kvistbjerg', staffMail, '87654321', staffPhone, `+45 ${staffPhone}`]) {
      expect({ query, found: await found(query) }).toEqual({ query, found: [] });
    }
  });
});

describe('reindexAll', () => {
  it('rebuilds one document per record, restoring a lost document', async () => {
    const records = async () =>
      Number(
        (
          await sql<{ n: string }>(
            `SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM unit) + (SELECT count(*) FROM contact) + (SELECT count(*) FROM offer) AS n`,
          )
        )[0].n,
      );
    const documents = async () => (await sql<{ id: string }>(`SELECT id FROM search_document`)).map((r) => r.id).sort();
    const before = await documents();
    expect(before).toHaveLength(await records());

    const offer = await makeOffer(t.context, { organisationId: helsingor, name: 'Løbeklubben' });
    await sql(`DELETE FROM search_document WHERE id = $1`, [offer.id]);
    expect(await found('løbeklubben')).toEqual([]);

    const count = await t.context.get(SearchIndexer).reindexAll();
    expect(count).toBe(await records());
    expect(await documents()).toEqual([...before, offer.id].sort());
    expect(await found('løbeklubben')).toEqual([offer.id]);
  });
});
