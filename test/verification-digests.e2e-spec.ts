import { AccountsService, Role } from '#auth';
import { ContactKind, OfferStatus } from '#directory';
import { NetworksService } from '#network';
import {
  ADMIN_CTX,
  makeContact,
  makeOffer,
  makeOrganisation,
  makeUnit,
  startSmtpCapture,
  type CapturedMail,
  type SmtpCapture,
  runJobAsOf,
} from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { VERIFICATION_DIGESTS_JOB } from '#upkeep';

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'bekraeft-test-1234';
const ASK = 'Bekræft venligst';
const ESCALATION = 'Forældede oplysninger';

// Owners are asked to confirm their records through the real job queue and real SMTP on loopback.
// Records are made due by dating their creation back; the job is moved forward with `data.at`.
describe('verification digests', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  const now = new Date();
  const ids: Record<string, string> = {};

  async function account(email: string, displayName: string, grants: { role: Role; organisationId?: string; unitId?: string }[] = []) {
    return (await t.app.get(AccountsService).create({ email, displayName, password: PASSWORD, grants })).id;
  }
  async function signIn(email: string): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: PASSWORD },
    );
    return res.data!.signIn.accessToken;
  }
  /** Dates the record's creation back so it is due `days` from now (negative: overdue), at the default 180 days. */
  async function dueIn(table: 'contact' | 'offer', id: string, days: number): Promise<void> {
    await t.database.dataSource.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [
      id,
      new Date(now.getTime() + (days - 180) * DAY),
    ]);
  }
  const runJob = (at: Date) => runJobAsOf(t.app, VERIFICATION_DIGESTS_JOB, at);
  const later = (days: number) => new Date(now.getTime() + days * DAY);
  const mailsTo = (to: string, subject: string): CapturedMail[] =>
    smtp.messages.filter((m) => m.envelope.to.includes(to) && (m.subject ?? '').includes(subject));
  /** The confirm link of the record named `name` in a digest. */
  function linkFor(mail: CapturedMail, name: string): string {
    const block = (mail.text ?? '').split('\n* ').find((part) => part.split('\n')[0].endsWith(`: ${name}`));
    const link = block && /Det er stadig rigtigt: https:\/\/vejviser\.test\/bekraeft\/([\w-]+)/.exec(block);
    if (!link) throw new Error(`Intet bekræftelseslink til "${name}" i "${mail.subject}"`);
    return link[1];
  }
  const verified = async (table: 'contact' | 'offer', id: string) =>
    (
      (await t.database.dataSource.query(`SELECT last_verified_at, last_verified_by FROM ${table} WHERE id = $1`, [id])) as {
        last_verified_at: Date | null;
        last_verified_by: string | null;
      }[]
    )[0];
  const page = (token: string, method = 'GET') => fetch(`${t.url}/bekraeft/${token}`, { method });

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    const org = await makeOrganisation(t.app, { name: 'Bekræftkommune' });
    ids.org = org.id;
    const unit = await makeUnit(t.app, { organisationId: org.id, name: 'Børn og Unge' });
    const team = await makeUnit(t.app, { organisationId: org.id, name: 'Ungeteamet', parentId: unit.id });
    ids.unit = unit.id;
    ids.team = team.id;
    ids.olga = await account('olga@example.org', 'Olga Ejer');
    ids.ulla = await account('ulla@example.org', 'Ulla Enhed', [{ role: Role.EDITOR, unitId: unit.id }]);
    ids.erik = await account('erik@example.org', 'Erik Redaktør', [{ role: Role.EDITOR, organisationId: org.id }]);
    await account('pia@example.org', 'Pia Fagperson');
    ids.kim = await account('kim@example.org', 'Kim Nøgle', [{ role: Role.KEY_PERSON, organisationId: org.id }]);
    ids.nina = await account('nina@example.org', 'Nina Netværk');
    const network = (await t.app
      .get(NetworksService)
      .create(ADMIN_CTX, { name: 'Bekræftnetværket', contactEmail: 'tovholder@example.org' })) as {
      id: string;
    };
    const party = (await t.app.get(NetworksService).addParty(ADMIN_CTX, { networkId: network.id, organisationId: org.id })) as {
      id: string;
    };
    await t.database.dataSource.query(
      `INSERT INTO network_member (network_id, party_id, account_id, kind, status, is_key_person) VALUES ($1, $2, $3, 'PROFESSIONAL', 'APPROVED', true)`,
      [network.id, party.id, ids.nina],
    );

    const contact = async (name: string, due: number, input: Record<string, unknown> = {}) => {
      const made = await makeContact(t.app, { organisationId: org.id, name, kind: ContactKind.FUNCTION, ...input });
      await dueIn('contact', made.id, due);
      return made.id;
    };
    ids.c1 = await contact('Udskrivningslinjen', 5, { ownerAccountId: ids.olga });
    ids.c2 = await contact('Ungeteamets vagttelefon', 10, { unitId: team.id });
    ids.c3 = await contact('Borgerservice', 8);
    ids.c4 = await contact('Først om længe', 80, { ownerAccountId: ids.olga });
    ids.c5 = await contact('Lise Stoppet', -10, { ownerAccountId: ids.olga, kind: ContactKind.PERSON });
    await t.database.dataSource.query(`UPDATE contact SET left_at = now() WHERE id = $1`, [ids.c5]);
    ids.o1 = (await makeOffer(t.app, { organisationId: org.id, name: 'Samtaleforløb for unge', ownerAccountId: ids.olga })).id;
    await dueIn('offer', ids.o1, -20);
    ids.o2 = (
      await makeOffer(t.app, { organisationId: org.id, name: 'Nedlagt tilbud', ownerAccountId: ids.olga, status: OfferStatus.ENDED })
    ).id;
    await dueIn('offer', ids.o2, -20);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends each owner one digest of their due records: account owners, unit editors and organisation editors', async () => {
    await runJob(now);

    const olga = mailsTo('olga@example.org', ASK);
    expect(olga).toHaveLength(1);
    expect(olga[0].text).toContain('Udskrivningslinjen');
    expect(olga[0].text).toContain('Samtaleforløb for unge');
    expect(olga[0].text).not.toContain('Først om længe');
    expect(olga[0].text).not.toContain('Lise Stoppet');
    expect(olga[0].text).not.toContain('Nedlagt tilbud');
    expect(olga[0].text).toContain('/kontakter/' + ids.c1 + '/ret');
    expect(linkFor(olga[0], 'Udskrivningslinjen')).not.toBe(linkFor(olga[0], 'Samtaleforløb for unge'));

    // The team is below Ulla's unit; Erik edits the whole organisation.
    const ulla = mailsTo('ulla@example.org', ASK);
    expect(ulla).toHaveLength(1);
    expect(ulla[0].text).toContain('Ungeteamets vagttelefon');
    expect(ulla[0].text).not.toContain('Borgerservice');
    const erik = mailsTo('erik@example.org', ASK);
    expect(erik).toHaveLength(1);
    expect(erik[0].text).toContain('Ungeteamets vagttelefon');
    expect(erik[0].text).toContain('Borgerservice');
    expect(erik[0].text).not.toContain('Udskrivningslinjen');
    expect(mailsTo('pia@example.org', '')).toEqual([]);
    expect(mailsTo('kim@example.org', '')).toEqual([]);

    // A second run, or one the next day, asks nobody again.
    await runJob(now);
    await runJob(later(1));
    expect(mailsTo('olga@example.org', ASK)).toHaveLength(1);
    expect(mailsTo('erik@example.org', ASK)).toHaveLength(1);
  });

  it('confirms one record by link: opening shows a button, only the POST confirms, and only once', async () => {
    const [digest] = mailsTo('olga@example.org', ASK);
    const token = linkFor(digest, 'Udskrivningslinjen');

    const shown = await page(token);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await shown.text();
    expect(html).toContain('Udskrivningslinjen');
    expect(html).toContain('<form method="post">');
    expect((await verified('contact', ids.c1)).last_verified_at).toBeNull();

    const pressed = await page(token, 'POST');
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain('posten er bekræftet');
    expect((await verified('contact', ids.c1)).last_verified_by).toBe('Olga Ejer via bekræftelseslink');
    expect((await verified('offer', ids.o1)).last_verified_at).toBeNull();
    const audit: { action: string; account_id: string }[] = await t.database.dataSource.query(
      `SELECT action, account_id FROM audit_event WHERE entity_id = $1 AND action = 'VERIFY'`,
      [ids.c1],
    );
    expect(audit).toEqual([{ action: 'VERIFY', account_id: ids.olga }]);
    const doc = async () =>
      (
        (await t.database.dataSource.query(`SELECT last_verified_at FROM search_document WHERE id = $1`, [ids.c1])) as {
          last_verified_at: Date | null;
        }[]
      )[0];
    for (let i = 0; i < 100 && !(await doc())?.last_verified_at; i++) await new Promise((done) => setTimeout(done, 100));
    expect((await doc()).last_verified_at).not.toBeNull();

    const again = await page(token, 'POST');
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('allerede brugt');
    expect((await page(token)).status).toBe(410);
    expect((await page('ukendt-token-der-ikke-findes-i-vejviser-overhovedet')).status).toBe(404);
    expect(await verified('contact', ids.c1)).toEqual(expect.objectContaining({ last_verified_by: 'Olga Ejer via bekræftelseslink' }));
    const events: unknown[] = await t.database.dataSource.query(`SELECT 1 FROM audit_event WHERE entity_id = $1 AND action = 'VERIFY'`, [
      ids.c1,
    ]);
    expect(events).toHaveLength(1);
  });

  it('confirms through the confirmVerification mutation, once, without signing in', async () => {
    const [digest] = mailsTo('erik@example.org', ASK);
    const token = linkFor(digest, 'Borgerservice');
    const confirm = (value: string) =>
      t.graphql<{ confirmVerification: { __typename: string; name?: string; lastVerifiedBy?: string; message?: string } }>(
        `mutation ($token: String!) { confirmVerification(token: $token) { __typename ... on VerificationConfirmed { name lastVerifiedBy } ... on ErrorResult { message } } }`,
        { token: value },
      );
    expect((await confirm(token)).data!.confirmVerification).toEqual({
      __typename: 'VerificationConfirmed',
      name: 'Borgerservice',
      lastVerifiedBy: 'Erik Redaktør via bekræftelseslink',
    });
    expect((await confirm(token)).data!.confirmVerification.__typename).toBe('ConflictError');
    expect((await confirm('findes-ikke-findes-ikke-findes-ikke-findes')).data!.confirmVerification.__typename).toBe('NotFoundError');
    // Ulla's link to the team's line is untouched by Erik's confirmation of another record.
    expect((await verified('contact', ids.c2)).last_verified_at).toBeNull();
  });

  it('sends records nobody can be asked about straight to the key persons, or to the editors when there are none', async () => {
    const org = await makeOrganisation(t.app, { name: 'Nøgleløs Kommune' });
    const dora = await account('dora@example.org', 'Dora Stoppet');
    await account('erna@example.org', 'Erna Redaktør', [{ role: Role.EDITOR, organisationId: org.id }]);
    const orphan = await makeContact(t.app, { organisationId: org.id, name: 'Doras direkte linje', ownerAccountId: dora });
    await t.database.dataSource.query(`UPDATE account SET status = 'DISABLED' WHERE id = $1`, [dora]);
    await dueIn('contact', orphan.id, 5);
    const own = await makeContact(t.app, { organisationId: org.id, name: 'Rådgivningen' });
    await dueIn('contact', own.id, 5);
    const empty = await makeOrganisation(t.app, { name: 'Tom Forening' });
    const nobody = await makeContact(t.app, { organisationId: empty.id, name: 'Ingen at spørge' });
    await dueIn('contact', nobody.id, 3);

    // Two runs at once (a retry racing the schedule) still send each mail once.
    await Promise.all([runJob(now), runJob(now)]);

    expect(mailsTo('dora@example.org', '')).toEqual([]);
    const asked = mailsTo('erna@example.org', ASK);
    expect(asked).toHaveLength(1);
    expect(asked[0].text).toContain('Rådgivningen');
    expect(asked[0].text).not.toContain('Doras direkte linje');
    const escalated = mailsTo('erna@example.org', ESCALATION);
    expect(escalated).toHaveLength(1);
    expect(escalated[0].text).toContain('Doras direkte linje');
    expect(escalated[0].text).toContain('Ansvarlig: Dora Stoppet (kontoen er ikke aktiv)');
    expect(escalated[0].text).toContain('ingen nøgleperson');
    expect(escalated[0].text).not.toContain('Rådgivningen');

    // Nobody to tell: marked escalated all the same, and visible in the queue.
    const admin = await signInAsAdminToken();
    const queue = await t.graphql<{
      verificationQueue: { totalCount: number; edges: { node: { name: string; escalatedAt: string | null } }[] };
    }>(
      `query ($org: ID!) { verificationQueue(organisationId: $org) { totalCount edges { node { name escalatedAt } } } }`,
      { org: empty.id },
      { token: admin },
    );
    expect(queue.data!.verificationQueue.edges.map((e) => e.node)).toEqual([{ name: 'Ingen at spørge', escalatedAt: expect.any(String) }]);
  });

  it('refuses an expired link and changes nothing', async () => {
    const org = await makeOrganisation(t.app, { name: 'Udløbsby Kommune' });
    const carl = await account('carl@example.org', 'Carl Sen');
    const late = await makeContact(t.app, { organisationId: org.id, name: 'Den gamle linje', ownerAccountId: carl });
    await dueIn('contact', late.id, -20);
    // Asked 31 days ago: the link worked for 30 days.
    await runJob(later(-31));
    const [digest] = mailsTo('carl@example.org', ASK);
    const token = linkFor(digest, 'Den gamle linje');
    const pressed = await page(token, 'POST');
    expect(pressed.status).toBe(410);
    expect(await pressed.text()).toContain('udløbet');
    expect((await page(token)).status).toBe(410);
    expect((await verified('contact', late.id)).last_verified_at).toBeNull();
  });

  it('shows the queue to editors and key persons, and unit editors only their units', async () => {
    const query = `query ($org: ID!) { verificationQueue(organisationId: $org, withinDays: 30) {
      totalCount edges { node { recordType name overdue askCount escalatedAt owner { kind accountId unitId } contact { id } offer { id } } } } }`;
    type Queue = { verificationQueue: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
    const erik = await t.graphql<Queue>(query, { org: ids.org }, { token: await signIn('erik@example.org') });
    const names = erik.data!.verificationQueue.edges.map((e) => e.node.name);
    expect(names).toContain('Ungeteamets vagttelefon');
    expect(names).not.toContain('Udskrivningslinjen');
    expect(names).not.toContain('Lise Stoppet');
    const team = erik.data!.verificationQueue.edges.find((e) => e.node.name === 'Ungeteamets vagttelefon')!.node;
    expect(team).toMatchObject({
      recordType: 'CONTACT',
      overdue: false,
      askCount: 1,
      escalatedAt: null,
      owner: { kind: 'UNIT', accountId: null, unitId: ids.team },
      contact: { id: ids.c2 },
      offer: null,
    });
    const nina = await t.graphql<Queue>(query, { org: ids.org }, { token: await signIn('nina@example.org') });
    expect(nina.data!.verificationQueue.totalCount).toBe(erik.data!.verificationQueue.totalCount);
    const ulla = await t.graphql<Queue>(query, { org: ids.org }, { token: await signIn('ulla@example.org') });
    expect(ulla.data!.verificationQueue.edges.map((e) => e.node.name)).toEqual(['Ungeteamets vagttelefon']);
    const pia = await t.graphql<Queue>(query, { org: ids.org }, { token: await signIn('pia@example.org') });
    expect(pia.data!.verificationQueue.totalCount).toBe(0);
    const anonymous = await t.graphql<Queue>(query, { org: ids.org });
    expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reminds weekly, escalates overdue records once to the key persons, and never a confirmed one', async () => {
    await runJob(later(7));
    const reminders = mailsTo('olga@example.org', ASK);
    expect(reminders).toHaveLength(2);
    expect(reminders[1].subject).toContain('Påmindelse');
    expect(reminders[1].text).toContain('Samtaleforløb for unge');
    expect(reminders[1].text).not.toContain('Udskrivningslinjen');
    expect(mailsTo('kim@example.org', ESCALATION)).toEqual([]);

    // 14 days after the offer was first asked about (it was already overdue then).
    await runJob(new Date(later(14).getTime() + 3600 * 1000));
    for (const key of ['kim@example.org', 'nina@example.org']) {
      const mails = mailsTo(key, ESCALATION);
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('Samtaleforløb for unge');
      expect(mails[0].text).toContain('Ansvarlig: Olga Ejer');
      expect(mails[0].text).not.toContain('Udskrivningslinjen');
      expect(mails[0].text).not.toContain('Borgerservice');
      expect(mails[0].text).not.toContain('Ungeteamets vagttelefon');
    }
    await runJob(later(15));
    expect(mailsTo('kim@example.org', ESCALATION)).toHaveLength(1);

    // The team's line is due at +10 days and escalated at +24; the offer is not escalated again.
    await runJob(later(30));
    const kim = mailsTo('kim@example.org', ESCALATION);
    expect(kim).toHaveLength(2);
    expect(kim[1].text).toContain('Ungeteamets vagttelefon');
    expect(kim[1].text).toContain('Ansvarlig: enheden Ungeteamet');
    expect(kim[1].text).not.toContain('Samtaleforløb for unge');
    const afterConfirmation = [
      ...mailsTo('olga@example.org', ASK).slice(1),
      ...mailsTo('kim@example.org', ''),
      ...mailsTo('nina@example.org', ''),
    ];
    expect(afterConfirmation.some((m) => (m.text ?? '').includes('Udskrivningslinjen'))).toBe(false);

    // The key person confirms with the link from the escalation.
    const pressed = await page(linkFor(mailsTo('kim@example.org', ESCALATION)[0], 'Samtaleforløb for unge'), 'POST');
    expect(pressed.status).toBe(200);
    expect((await verified('offer', ids.o1)).last_verified_by).toBe('Kim Nøgle via bekræftelseslink');
  });

  it('validates owners: one kind only, a unit of the same organisation, an existing account; defaults to the unit or the creator', async () => {
    const erik = await signIn('erik@example.org');
    const other = await makeOrganisation(t.app, { name: 'Anden Kommune' });
    const foreignUnit = await makeUnit(t.app, { organisationId: other.id, name: 'Fremmed enhed' });
    type Result = {
      createContact: {
        __typename: string;
        fieldErrors?: { path: string; message: string }[];
        owner?: { kind: string; accountId: string | null; unitId: string | null };
      };
    };
    const create = (input: Record<string, unknown>) =>
      t.graphql<Result>(
        `mutation ($input: CreateContactInput!) { createContact(input: $input) {
          __typename ... on ValidationError { fieldErrors { path message } } ... on Contact { owner { kind accountId unitId } } } }`,
        { input: { organisationId: ids.org, name: 'Ejerprøve', ...input } },
        { token: erik },
      );
    const both = await create({ ownerAccountId: ids.olga, ownerUnitId: ids.unit });
    expect(both.data!.createContact.fieldErrors).toEqual([{ path: 'input.ownerUnitId', message: expect.stringContaining('ikke begge') }]);
    const foreign = await create({ ownerUnitId: foreignUnit.id });
    expect(foreign.data!.createContact.fieldErrors).toEqual([
      { path: 'input.ownerUnitId', message: expect.stringContaining('samme organisation') },
    ]);
    const unknown = await create({ ownerAccountId: '00000000-0000-4000-8000-0000000000ff' });
    expect(unknown.data!.createContact.fieldErrors).toEqual([
      { path: 'input.ownerAccountId', message: 'Den ansvarlige konto findes ikke.' },
    ]);
    const none: unknown[] = await t.database.dataSource.query(`SELECT 1 FROM contact WHERE name = 'Ejerprøve'`);
    expect(none).toEqual([]);

    expect((await create({ unitId: ids.team })).data!.createContact.owner).toEqual({ kind: 'UNIT', accountId: null, unitId: ids.team });
    expect((await create({})).data!.createContact.owner).toEqual({ kind: 'ACCOUNT', accountId: ids.erik, unitId: null });
  });

  async function signInAsAdminToken(): Promise<string> {
    if (!ids.admin) {
      ids.admin = await account('admin.bekraeft@example.org', 'Ada Admin', [{ role: Role.ADMIN }]);
    }
    return signIn('admin.bekraeft@example.org');
  }
});
