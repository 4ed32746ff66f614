import { Deleted, NotFoundError, RequestContext, ValidationError } from '#core';
import {
  ChannelKind,
  Contact,
  ContactKind,
  ContactsService,
  Visibility,
  Weekday,
  visibleChannels,
  type CreateContactInput,
  type Organisation,
} from '#directory';
import { ADMIN_CTX, createTestContext, makeContact, makeOrganisation, makeUnit, ok, type TestContext } from '#testing';
import { ContactResolver } from './contact.resolver.js';

const MISSING_ID = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('ContactsService', () => {
  let t: TestContext;
  let contacts: ContactsService;
  let org: Organisation;

  beforeAll(async () => {
    t = await createTestContext();
    contacts = t.context.get(ContactsService);
    org = await makeOrganisation(t.context, { name: 'Helsingør Socialpsykiatri' });
  });
  afterAll(() => t.close());

  async function snapshot(): Promise<string> {
    const rows = await t.database.dataSource.query(`SELECT * FROM contact ORDER BY id`);
    const documents = await t.database.dataSource.query(
      `SELECT id, title, subtitle, body, situation_keys, updated_at FROM search_document ORDER BY id`,
    );
    return JSON.stringify({ rows, documents });
  }

  function fieldPaths(result: unknown): string[] {
    expect(result).toBeInstanceOf(ValidationError);
    return (result as ValidationError).fieldErrors.map((e) => e.path);
  }

  async function stored(id: string): Promise<Contact | null> {
    return t.database.dataSource.getRepository(Contact).findOneBy({ id });
  }

  describe('create', () => {
    it('saves channels with Danish phone numbers normalised', async () => {
      const contact = ok(
        await contacts.create(ADMIN_CTX, {
          name: 'Vagttelefonen, Socialpsykiatrien',
          organisationId: org.id,
          channels: [
            { kind: ChannelKind.PHONE, value: '12345678', label: 'Døgnåben' },
            { kind: ChannelKind.SMS, value: '0045 87 65 43 21' },
            { kind: ChannelKind.PHONE, value: '+46 8 123 456 78' },
            { kind: ChannelKind.EMAIL, value: 'socialpsykiatri@helsingor.dk', visibility: Visibility.STAFF },
          ],
        }),
        Contact,
      );
      expect(contact.kind).toBe(ContactKind.FUNCTION);
      expect((await stored(contact.id))?.channels).toEqual([
        { kind: ChannelKind.PHONE, value: '+45 12 34 56 78', label: 'Døgnåben', visibility: Visibility.PUBLIC },
        { kind: ChannelKind.SMS, value: '+45 87 65 43 21', label: null, visibility: Visibility.PUBLIC },
        { kind: ChannelKind.PHONE, value: '+46812345678', label: null, visibility: Visibility.PUBLIC },
        { kind: ChannelKind.EMAIL, value: 'socialpsykiatri@helsingor.dk', label: null, visibility: Visibility.STAFF },
      ]);
    });

    const invalid: [string, Partial<CreateContactInput>, string][] = [
      [
        'a phone number that is neither Danish nor international',
        { channels: [{ kind: ChannelKind.PHONE, value: '1234' }] },
        'input.channels.0.value',
      ],
      [
        'a bad e-mail address',
        {
          channels: [
            { kind: ChannelKind.PHONE, value: '12345678' },
            { kind: ChannelKind.EMAIL, value: 'hanne@' },
          ],
        },
        'input.channels.1.value',
      ],
      ['a web address without scheme', { channels: [{ kind: ChannelKind.WEB, value: 'helsingor.dk' }] }, 'input.channels.0.value'],
      [
        'an opening time written without a leading zero',
        { openingHours: { weekly: [{ day: Weekday.MON, opens: '8:00', closes: '15:00' }] } },
        'input.openingHours.weekly.0.opens',
      ],
      [
        'opening hours that open and close at the same time',
        { openingHours: { weekly: [{ day: Weekday.TUE, opens: '08:00', closes: '08:00' }] } },
        'input.openingHours.weekly.0.closes',
      ],
      [
        'an exception day that is neither closed nor has hours',
        { openingHours: { exceptions: [{ date: '2026-12-24', closed: false }] } },
        'input.openingHours.exceptions.0.opens',
      ],
      ['a deputy that does not exist', { deputyId: MISSING_ID }, 'input.deputyId'],
      ['an unknown situation key', { situations: ['ukendt-situation'] }, 'input.situations.0'],
      ['a problem tag used as situation', { situations: ['discharge', 'anxiety'] }, 'input.situations.1'],
      ['an empty name', { name: ' ' }, 'input.name'],
      ['an organisation that does not exist', { organisationId: MISSING_ID }, 'input.organisationId'],
    ];

    it.each(invalid)('refuses %s with a field error, and writes nothing', async (_case, input, path) => {
      const before = await snapshot();
      const result = await contacts.create(ADMIN_CTX, { name: 'Afvist kontakt', organisationId: org.id, ...input });
      expect(fieldPaths(result)).toContain(path);
      expect(await snapshot()).toBe(before);
    });

    it('saves valid opening hours, a deputy and situations', async () => {
      const deputy = await makeContact(t.context, { organisationId: org.id, name: 'Teamleder Socialpsykiatri', kind: ContactKind.PERSON });
      const contact = ok(
        await contacts.create(ADMIN_CTX, {
          name: 'Udskrivningskoordinator',
          organisationId: org.id,
          deputyId: deputy.id,
          situations: ['discharge-adult-psychiatry', 'discharge-adult-psychiatry'],
          openingHours: {
            weekly: [
              { day: Weekday.MON, opens: '08:00', closes: '15:30' },
              { day: Weekday.FRI, opens: '22:00', closes: '02:00' },
            ],
          },
        }),
        Contact,
      );
      const row = await stored(contact.id);
      expect(row).toMatchObject({ deputyId: deputy.id, situationKeys: ['discharge-adult-psychiatry'] });
      expect(row?.openingHours).toMatchObject({
        alwaysOpen: false,
        weekly: [{ day: Weekday.MON, opens: '08:00', closes: '15:30' }, { day: Weekday.FRI }],
        exceptions: [],
      });
    });

    it('refuses a unit of another organisation', async () => {
      const other = await makeOrganisation(t.context, { name: 'Herning Kommune', municipalityCode: '0657' });
      const foreignUnit = await makeUnit(t.context, { organisationId: other.id });
      expect(
        fieldPaths(await contacts.create(ADMIN_CTX, { name: 'Forkert enhed', organisationId: org.id, unitId: foreignUnit.id })),
      ).toEqual(['input.unitId']);
    });
  });

  it('names every bad field in one answer, on create and on update', async () => {
    const other = await makeOrganisation(t.context, { name: 'Vejle Kommune', municipalityCode: '0630' });
    const foreignUnit = await makeUnit(t.context, { organisationId: other.id });
    const before = await snapshot();
    const created = await contacts.create(ADMIN_CTX, {
      name: '',
      organisationId: org.id,
      unitId: foreignUnit.id,
      situations: ['findes-ikke'],
      channels: [{ kind: ChannelKind.PHONE, value: 'ring til mig' }],
    });
    expect(fieldPaths(created).sort()).toEqual(['input.channels.0.value', 'input.name', 'input.situations.0', 'input.unitId']);
    expect(await snapshot()).toBe(before);
    const contact = await makeContact(t.context, { organisationId: org.id, name: 'Opdateres med fejl' });
    const beforeUpdate = await snapshot();
    const updated = await contacts.update(ADMIN_CTX, contact.id, {
      name: '',
      deputyId: contact.id,
      situations: ['findes-ikke'],
      unitId: foreignUnit.id,
    });
    expect(fieldPaths(updated).sort()).toEqual(['input.deputyId', 'input.name', 'input.situations.0', 'input.unitId']);
    expect(await snapshot()).toBe(beforeUpdate);
  });

  describe('update', () => {
    it('changes only the given fields', async () => {
      const contact = await makeContact(t.context, {
        organisationId: org.id,
        name: 'Hanne Jensen',
        kind: ContactKind.PERSON,
        roleTitle: 'Koordinator',
        channels: [{ kind: ChannelKind.PHONE, value: '11223344' }],
        situations: ['transition-18'],
      });
      const updated = ok(await contacts.update(ADMIN_CTX, contact.id, { roleTitle: 'Teamleder' }), Contact);
      expect(updated).toMatchObject({
        name: 'Hanne Jensen',
        kind: ContactKind.PERSON,
        roleTitle: 'Teamleder',
        situationKeys: ['transition-18'],
      });
      expect((await stored(contact.id))?.channels.map((c) => c.value)).toEqual(['+45 11 22 33 44']);
    });

    it('refuses to make a contact its own deputy, and writes nothing', async () => {
      const contact = await makeContact(t.context, { organisationId: org.id, name: 'Egen stedfortræder' });
      const before = await snapshot();
      expect(fieldPaths(await contacts.update(ADMIN_CTX, contact.id, { deputyId: contact.id }))).toEqual(['input.deputyId']);
      expect(fieldPaths(await contacts.update(ADMIN_CTX, contact.id, { situations: ['findes-ikke'] }))).toEqual(['input.situations.0']);
      expect(
        fieldPaths(await contacts.update(ADMIN_CTX, contact.id, { channels: [{ kind: ChannelKind.PHONE, value: 'ring til mig' }] })),
      ).toEqual(['input.channels.0.value']);
      expect(await snapshot()).toBe(before);
    });

    it('answers NotFoundError for a contact that does not exist', async () => {
      expect(await contacts.update(ADMIN_CTX, MISSING_ID, { name: 'Findes ikke' })).toBeInstanceOf(NotFoundError);
    });
  });

  describe('delete', () => {
    it('removes the contact and clears the deputy reference of those who named it', async () => {
      const deputy = await makeContact(t.context, { organisationId: org.id, name: 'Stedfortræder der slettes' });
      const a = await makeContact(t.context, { organisationId: org.id, name: 'Har stedfortræder A', deputyId: deputy.id });
      const b = await makeContact(t.context, { organisationId: org.id, name: 'Har stedfortræder B', deputyId: deputy.id });
      const result = await contacts.delete(ADMIN_CTX, deputy.id);
      expect(result).toBeInstanceOf(Deleted);
      expect(await stored(deputy.id)).toBeNull();
      expect((await stored(a.id))?.deputyId).toBeNull();
      expect((await stored(b.id))?.deputyId).toBeNull();
      const [{ count }] = await t.database.dataSource.query(`SELECT count(*)::int AS count FROM search_document WHERE id = $1`, [
        deputy.id,
      ]);
      expect(count).toBe(0);
    });

    it('answers NotFoundError for a contact that does not exist', async () => {
      expect(await contacts.delete(ADMIN_CTX, MISSING_ID)).toBeInstanceOf(NotFoundError);
    });
  });

  describe('list', () => {
    let listOrg: Organisation;
    beforeAll(async () => {
      listOrg = await makeOrganisation(t.context, { name: 'Furesø Kommune', municipalityCode: '0190' });
      await makeContact(t.context, {
        organisationId: listOrg.id,
        name: 'Bo Madsen',
        kind: ContactKind.PERSON,
        situations: ['discharge-adult-psychiatry'],
      });
      await makeContact(t.context, {
        organisationId: listOrg.id,
        name: 'Vagttelefon',
        kind: ContactKind.FUNCTION,
        situations: ['discharge'],
      });
      await makeContact(t.context, { organisationId: listOrg.id, name: 'Anna Holm', kind: ContactKind.PERSON, situations: ['self-harm'] });
      await makeContact(t.context, { organisationId: listOrg.id, name: 'Akutteam', kind: ContactKind.FUNCTION });
    });
    const names = async (filter: object) =>
      (await contacts.list({ organisationId: listOrg.id, ...filter }, { first: 100 })).edges.map((e) => e.node.name);

    it('lists functions before persons, each by name', async () => {
      expect(await names({})).toEqual(['Akutteam', 'Vagttelefon', 'Anna Holm', 'Bo Madsen']);
    });

    it('includes sub-situations when filtering by a situation', async () => {
      expect(await names({ situation: 'discharge' })).toEqual(['Vagttelefon', 'Bo Madsen']);
      expect(await names({ situation: 'discharge-adult-psychiatry' })).toEqual(['Bo Madsen']);
      expect(await names({ situation: 'suicidal-behaviour' })).toEqual(['Anna Holm']);
    });

    it("filters by kind and by the organisation's municipality", async () => {
      expect(await names({ kind: ContactKind.PERSON })).toEqual(['Anna Holm', 'Bo Madsen']);
      const inFureso = await contacts.list({ municipality: '0190' }, { first: 100 });
      expect(inFureso.totalCount).toBe(4);
      expect(inFureso.edges.every((e) => e.node.organisationId === listOrg.id)).toBe(true);
    });
  });

  describe('channels shown to the viewer', () => {
    let contact: Contact;
    beforeAll(async () => {
      contact = await makeContact(t.context, {
        organisationId: org.id,
        name: 'Sygeplejerske i akutteamet',
        channels: [
          { kind: ChannelKind.PHONE, value: '70707070', visibility: Visibility.PUBLIC },
          { kind: ChannelKind.PHONE, value: '40404040', label: 'Direkte', visibility: Visibility.STAFF },
        ],
      });
    });

    it('hides STAFF channels from anonymous viewers and shows them to professionals', () => {
      const anonymous = new RequestContext();
      const professional = new RequestContext({ kind: 'account', accountId: '00000000-0000-0000-0000-00000000000a', grants: [] });
      expect(anonymous.seesStaffChannels).toBe(false);
      expect(visibleChannels(contact.channels, anonymous.seesStaffChannels).map((c) => c.value)).toEqual(['+45 70 70 70 70']);
      expect(visibleChannels(contact.channels, professional.seesStaffChannels).map((c) => c.value)).toEqual([
        '+45 70 70 70 70',
        '+45 40 40 40 40',
      ]);
    });

    it('applies the same rule in the GraphQL field', () => {
      const resolver = t.context.get(ContactResolver, { strict: false });
      expect(resolver.channels(new RequestContext(), contact).map((c) => c.visibility)).toEqual([Visibility.PUBLIC]);
      expect(
        resolver.channels(new RequestContext({ kind: 'account', accountId: '00000000-0000-0000-0000-00000000000a', grants: [] }), contact),
      ).toHaveLength(2);
    });

    it('never writes channels into the search index', async () => {
      const [doc] = await t.database.dataSource.query(`SELECT title, subtitle, body FROM search_document WHERE id = $1`, [contact.id]);
      expect(doc.title).toBe('Sygeplejerske i akutteamet');
      expect(JSON.stringify(doc)).not.toMatch(/40 ?40 ?40 ?40|70 ?70 ?70 ?70/);
    });
  });

  it('records who verified a contact', async () => {
    const contact = await makeContact(t.context, { organisationId: org.id, name: 'Verificeres' });
    const verified = ok(await contacts.verify(ADMIN_CTX, { id: contact.id, verifiedBy: 'Lone Berg' }), Contact);
    expect(verified).toMatchObject({ lastVerifiedBy: 'Lone Berg' });
    expect(verified.lastVerifiedAt).toBeInstanceOf(Date);
  });
});
