import { AccountsService, Role } from '#auth';
import { JobQueue } from '#core';
import { AccessRoute, Contact, type Offer, type Organisation, Sector } from '#directory';
import { NetworksService } from '#network';
import { CHANGE_DIGEST_JOB } from '#upkeep';
import {
  ADMIN_CTX,
  makeContact,
  makeOffer,
  makeOrganisation,
  startSmtpCapture,
  type CapturedMail,
  type SmtpCapture,
  runJobAsOf,
} from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'aendringer-test-1234';
const SUBSCRIBE = `mutation ($input: SubscribeToChangesInput!) {
  subscribeToChanges(input: $input) {
    __typename
    ... on ChangeSubscription { id municipalityCodes municipalities { name } situations { key } network { name } coveredUntil lastSentAt }
    ... on ErrorResult { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const MINE = `{ myChangeSubscriptions { id municipalityCodes situations { key } coveredUntil lastSentAt } }`;

interface Subscribed {
  __typename: string;
  id?: string;
  code?: string;
  message?: string;
  municipalityCodes?: string[];
  municipalities?: { name: string }[];
  situations?: { key: string }[];
  network?: { name: string };
  coveredUntil?: string;
  lastSentAt?: string | null;
  fieldErrors?: { path: string; message: string }[];
}

// Change digests over HTTP, with the weekly job on the real queue and the mail to a real SMTP server
// on loopback. Time is moved forward by running the job "as of" a later moment.
describe('change digests', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let admin: string;
  let networkId: string;
  const tokens: Record<'member' | 'leaver' | 'coordinator' | 'outsider', string> = {
    member: '',
    leaver: '',
    coordinator: '',
    outsider: '',
  };
  const EMAIL = {
    member: 'maja.medlem@example.org',
    leaver: 'lars.gaar@example.org',
    coordinator: 'kim.koordinator@example.org',
    outsider: 'ulla.udenfor@example.org',
  };
  let helsingor: Organisation;
  let gribskov: Organisation;
  let herning: Organisation;
  const r: Record<string, Contact | Offer> = {};

  async function signIn(email: string): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: PASSWORD },
    );
    return res.data!.signIn.accessToken;
  }

  const subscribe = async (input: Record<string, unknown>, token?: string): Promise<Subscribed> =>
    (await t.graphql<{ subscribeToChanges: Subscribed }>(SUBSCRIBE, { input: { networkId, ...input } }, { token })).data!
      .subscribeToChanges;

  const mine = async (token: string) =>
    (await t.graphql<{ myChangeSubscriptions: Subscribed[] }>(MINE, {}, { token })).data!.myChangeSubscriptions;

  /** A directory change as the administrator, over HTTP; fails the test if it did not go through. */
  async function change(mutation: string, variables: Record<string, unknown>): Promise<void> {
    const res = await t.graphql<Record<string, { __typename: string }>>(mutation, variables, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data!)[0].__typename).not.toMatch(/Error$/);
  }
  const updateContact = (id: string, input: Record<string, unknown>) =>
    change(`mutation ($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { __typename } }`, { id, input });
  const updateOffer = (id: string, input: Record<string, unknown>) =>
    change(`mutation ($id: ID!, $input: UpdateOfferInput!) { updateOffer(id: $id, input: $input) { __typename } }`, { id, input });

  const digestsTo = (email: string): CapturedMail[] =>
    smtp.messages.filter((m) => m.envelope.to.includes(email) && (m.subject ?? '').startsWith('Ugens ændringer i Vejviser'));

  const runDigests = (at: Date) => runJobAsOf(t.app, CHANGE_DIGEST_JOB, at);

  /** The records of a digest: "Kontakt: name" lines, each with its change lines. */
  function recordsIn(mail: CapturedMail): Record<string, string[]> {
    const records: Record<string, string[]> = {};
    let current: string[] | null = null;
    for (const line of (mail.text ?? '').split('\n')) {
      const head = /^\* (Kontakt|Tilbud): (.+)$/.exec(line);
      if (head) records[head[2]] = current = [];
      else if (current && line.startsWith('  - ')) current.push(line.slice(4));
      else current = null;
    }
    return records;
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    admin = await signInAsAdmin(t);
    const networks = t.app.get(NetworksService);
    networkId = ((await networks.create(ADMIN_CTX, { name: 'Ændringsnetværket', contactEmail: 'tovholder@example.org' })) as { id: string })
      .id;
    helsingor = await makeOrganisation(t.app, { name: 'Helsingør Kommune (test)', municipalityCode: '0217' });
    gribskov = await makeOrganisation(t.app, { name: 'Gribskov Kommune (test)', municipalityCode: '0270' });
    herning = await makeOrganisation(t.app, { name: 'Herning Kommune (test)', municipalityCode: '0657' });
    const region = await makeOrganisation(t.app, {
      name: 'Psykiatrisk Center (test)',
      sector: Sector.REGIONAL,
      municipalityCode: null,
      region: 'hovedstaden',
    });
    const party = (await networks.addParty(ADMIN_CTX, { networkId, organisationId: helsingor.id })) as { id: string };
    const accounts = t.app.get(AccountsService);
    const account = (email: string, displayName: string, grants: { role: Role; networkId?: string }[] = []) =>
      accounts.create({ email, displayName, password: PASSWORD, grants });
    for (const [who, name] of [
      ['member', 'Maja Medlem'],
      ['leaver', 'Lars Går'],
    ] as const) {
      const id = (await account(EMAIL[who], name)).id;
      await t.database.dataSource.query(
        `INSERT INTO network_member (network_id, party_id, account_id, kind, status) VALUES ($1, $2, $3, 'PROFESSIONAL', 'APPROVED')`,
        [networkId, party.id, id],
      );
    }
    await account(EMAIL.coordinator, 'Kim Koordinator', [{ role: Role.NETWORK_COORDINATOR, networkId }]);
    await account(EMAIL.outsider, 'Ulla Udenfor');
    for (const who of Object.keys(tokens) as (keyof typeof tokens)[]) tokens[who] = await signIn(EMAIL[who]);

    // Records from before anyone subscribed; the subscription is Helsingør and discharge (with its sub-situations).
    const discharge = ['discharge-adult-psychiatry'];
    const phone = [{ kind: 'PHONE' as never, value: '11111111' }];
    r.phoneChanged = await makeContact(t.app, {
      organisationId: helsingor.id,
      name: 'Udskrivningslinjen',
      situations: discharge,
      channels: phone,
    });
    r.closed = await makeOffer(t.app, { organisationId: helsingor.id, name: 'Udskrivningsmentor', situations: ['discharge'] });
    r.deleted = await makeContact(t.app, { organisationId: helsingor.id, name: 'Gammel vagttelefon', situations: discharge });
    r.covering = await makeOffer(t.app, {
      organisationId: herning.id,
      name: 'Landsdækkende samtaletilbud',
      situations: discharge,
      municipalityCodes: ['0217'],
    });
    r.regional = await makeContact(t.app, {
      organisationId: region.id,
      name: 'Udskrivningskoordinator, BUP',
      situations: ['discharge-child-youth-psychiatry'],
    });
    r.verifiedOnly = await makeContact(t.app, { organisationId: helsingor.id, name: 'Bekræftet linje', situations: discharge });
    r.otherSituation = await makeOffer(t.app, { organisationId: helsingor.id, name: 'Overgang ved 18', situations: ['transition-18'] });
    r.childOfOther = await makeContact(t.app, { organisationId: helsingor.id, name: 'Selvskadeteamet', situations: ['self-harm'] });
    r.untagged = await makeContact(t.app, { organisationId: helsingor.id, name: 'Omstillingen' });
    r.otherMunicipality = await makeContact(t.app, { organisationId: gribskov.id, name: 'Gribskov udskrivning', situations: discharge });
    r.untaggedGribskov = await makeContact(t.app, { organisationId: gribskov.id, name: 'Gribskov omstilling' });
    r.herningOwn = await makeOffer(t.app, {
      organisationId: herning.id,
      name: 'Herning udskrivning',
      situations: discharge,
      accessRoute: AccessRoute.REFERRAL,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('refuses anonymous callers and non-members, and checks what members type; a refused call changes nothing', async () => {
    const valid = { municipalityCodes: ['0217'], situations: ['discharge'] };
    expect(await subscribe(valid)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await subscribe(valid, tokens.outsider)).toMatchObject({
      __typename: 'NotFoundError',
      message: expect.stringContaining('ikke godkendt medlem'),
    });
    expect(await subscribe({ ...valid, networkId: '00000000-0000-4000-8000-000000000000' }, tokens.member)).toMatchObject({
      __typename: 'NotFoundError',
    });

    const fieldErrors = async (input: Record<string, unknown>) => {
      const res = await subscribe({ ...valid, ...input }, tokens.member);
      expect(res.__typename).toBe('ValidationError');
      return res.fieldErrors;
    };
    expect(await fieldErrors({ municipalityCodes: [] })).toEqual([{ path: 'input.municipalityCodes', message: 'Vælg mindst én kommune.' }]);
    expect(await fieldErrors({ municipalityCodes: ['0217', '9999'] })).toEqual([
      { path: 'input.municipalityCodes.1', message: 'Ukendt kommunekode: "9999".' },
    ]);
    expect(await fieldErrors({ municipalityCodes: ['217'] })).toEqual([
      { path: 'input.municipalityCodes.0', message: 'Kommunekode skal være fire cifre, fx "0217".' },
    ]);
    expect(await fieldErrors({ municipalityCodes: Array.from({ length: 31 }, (_, i) => String(101 + i).padStart(4, '0')) })).toEqual([
      { path: 'input.municipalityCodes', message: 'Vælg højst 30 kommuner.' },
    ]);
    // A problem tag is not a situation.
    expect(await fieldErrors({ situations: ['discharge', 'anxiety'] })).toEqual([
      { path: 'input.situations.1', message: 'Ukendt situation: "anxiety".' },
    ]);
    // Every bad field in one answer: a malformed and an unknown code, and an unknown situation.
    expect(await fieldErrors({ municipalityCodes: ['217', '9999'], situations: ['anxiety'] })).toEqual([
      { path: 'input.municipalityCodes.0', message: 'Kommunekode skal være fire cifre, fx "0217".' },
      { path: 'input.municipalityCodes.1', message: 'Ukendt kommunekode: "9999".' },
      { path: 'input.situations.0', message: expect.any(String) },
    ]);
    expect(await fieldErrors({ networkId: 'netværk' })).toEqual([
      { path: 'input.networkId', message: 'Netværkets id skal være et gyldigt UUID.' },
    ]);

    expect(await mine(tokens.member)).toEqual([]);
    expect(await mine(tokens.outsider)).toEqual([]);
    const anonymous = await t.graphql(MINE);
    expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a member subscribe and change the choice, keeping one subscription per network', async () => {
    const first = await subscribe({ municipalityCodes: ['0270'] }, tokens.member);
    expect(first).toMatchObject({ __typename: 'ChangeSubscription', municipalityCodes: ['0270'], situations: [], lastSentAt: null });
    const replaced = await subscribe({ municipalityCodes: ['0217', '0217'], situations: ['discharge'] }, tokens.member);
    expect(replaced).toMatchObject({
      __typename: 'ChangeSubscription',
      id: first.id,
      municipalityCodes: ['0217'],
      municipalities: [{ name: 'Helsingør' }],
      situations: [{ key: 'discharge' }],
      network: { name: 'Ændringsnetværket' },
      coveredUntil: first.coveredUntil,
    });
    expect(await mine(tokens.member)).toEqual([expect.objectContaining({ id: first.id, municipalityCodes: ['0217'] })]);

    expect(await subscribe({ municipalityCodes: ['0217'], situations: ['discharge'] }, tokens.leaver)).toMatchObject({
      __typename: 'ChangeSubscription',
    });
    // A coordinator need not be a member; no situations means every situation.
    expect(await subscribe({ municipalityCodes: ['0270'], situations: [] }, tokens.coordinator)).toMatchObject({
      __typename: 'ChangeSubscription',
      situations: [],
    });
  });

  it('mails each subscriber one digest with exactly the changes in their municipalities and situations', async () => {
    const created = await t.graphql<{ createContact: { id: string } }>(
      `mutation ($org: ID!) { createContact(input: { name: "Ny udskrivningskoordinator", organisationId: $org, situations: ["discharge"] }) { ... on Contact { id } } }`,
      { org: helsingor.id },
      { token: admin },
    );
    r.created = Object.assign(new Contact(), { id: created.data!.createContact.id });
    await updateContact(r.phoneChanged.id, { channels: [{ kind: 'PHONE', value: '22 22 22 22' }] });
    await updateOffer(r.closed.id, { status: 'ENDED' });
    await change(`mutation ($id: ID!) { deleteContact(id: $id) { __typename } }`, { id: r.deleted.id });
    await updateOffer(r.covering.id, { waitingTime: '2 uger' });
    await updateContact(r.regional.id, { roleTitle: 'Koordinator for udskrivninger' });
    await change(`mutation ($id: ID!) { verifyContact(input: { id: $id, verifiedBy: "Test" }) { __typename } }`, { id: r.verifiedOnly.id });
    // Out of the member's scope: another situation, a sibling tree, no situation, other municipalities.
    await updateOffer(r.otherSituation.id, { cost: 'Gratis' });
    await updateContact(r.childOfOther.id, { roleTitle: 'Ny titel' });
    await updateContact(r.untagged.id, { roleTitle: 'Ny titel' });
    await updateContact(r.otherMunicipality.id, { roleTitle: 'Ny titel' });
    await updateContact(r.untaggedGribskov.id, { helpText: 'Stiller videre' });
    await updateOffer(r.herningOwn.id, { cost: 'Gratis' });

    const left = await t.graphql<{ leaveNetwork: { __typename: string } }>(
      `mutation ($n: ID!) { leaveNetwork(networkId: $n) { __typename } }`,
      { n: networkId },
      { token: tokens.leaver },
    );
    expect(left.data!.leaveNetwork.__typename).toBe('NetworkMember');

    const week1 = new Date();
    await runDigests(week1);
    expect(digestsTo(EMAIL.member)).toHaveLength(1);
    const [digest] = digestsTo(EMAIL.member);
    expect(digest.subject).toBe('Ugens ændringer i Vejviser: 6 kontakter og tilbud i Helsingør');
    expect(recordsIn(digest)).toEqual({
      'Ny udskrivningskoordinator': ['Ny kontakt'],
      Udskrivningslinjen: ['Telefonnummer ændret fra +45 11 11 11 11 til +45 22 22 22 22'],
      Udskrivningsmentor: ['Tilbud lukket'],
      'Gammel vagttelefon': ['Kontakten er slettet'],
      'Landsdækkende samtaletilbud': ['Ventetid ændret til "2 uger"'],
      'Udskrivningskoordinator, BUP': ['Titel ændret til "Koordinator for udskrivninger"'],
    });
    expect(digest.text).toContain('Hej Maja Medlem,');
    expect(digest.text).toContain('Psykiatrisk Center (test)');
    expect(digest.text).toContain('https://vejviser.test');
    expect(digest.html).toContain('<strong>Udskrivningslinjen</strong>');
    expect(digest.text).toMatch(/https:\/\/vejviser\.test\/aendringer\/afmeld\/[\w.-]+/);

    // All situations in Gribskov: the untagged record too, and the regional unit that serves Gribskov.
    const [coordinatorDigest] = digestsTo(EMAIL.coordinator);
    expect(recordsIn(coordinatorDigest)).toEqual({
      'Gribskov udskrivning': ['Titel ændret til "Ny titel"'],
      'Gribskov omstilling': ['Beskrivelsen af, hvad de kan hjælpe med, er ændret'],
      'Udskrivningskoordinator, BUP': ['Titel ændret til "Koordinator for udskrivninger"'],
    });
    // The member who left gets nothing, and the subscription ended with the membership.
    expect(digestsTo(EMAIL.leaver)).toEqual([]);
    expect(await mine(tokens.leaver)).toEqual([]);
    expect(digestsTo(EMAIL.outsider)).toEqual([]);

    const [subscription] = await mine(tokens.member);
    expect(subscription).toMatchObject({ coveredUntil: week1.toISOString(), lastSentAt: week1.toISOString() });

    // The same run again sends nothing twice.
    await runDigests(week1);
    expect(digestsTo(EMAIL.member)).toHaveLength(1);
  });

  it('sends one digest a week: what changes after it waits for next week, then only the new changes', async () => {
    await updateContact(r.phoneChanged.id, { name: 'Udskrivningslinjen, Ungeenheden' });
    await change(`mutation ($id: ID!) { eraseContact(id: $id) { __typename } }`, { id: r.created.id });
    await updateOffer(r.otherSituation.id, { cost: 'Egenbetaling' });

    // A second run in the same week (say, a retry): no second mail, and nothing is lost.
    await runDigests(new Date());
    expect(digestsTo(EMAIL.member)).toHaveLength(1);

    await runDigests(new Date(Date.now() + 7 * DAY));
    const digests = digestsTo(EMAIL.member);
    expect(digests).toHaveLength(2);
    expect(recordsIn(digests[1])).toEqual({
      'Udskrivningslinjen, Ungeenheden': ['Navn ændret fra "Udskrivningslinjen" til "Udskrivningslinjen, Ungeenheden"'],
      // Erased: who it was is gone from the audit trail, that it went is not.
      'Navn ukendt (oplysninger slettet)': ['Kontakten er slettet – oplysninger slettet'],
    });
    expect(digestsTo(EMAIL.coordinator)).toHaveLength(1);
  });

  it('is scheduled every Monday at 07:00 Danish time', async () => {
    expect(await t.app.get(JobQueue).schedules()).toContainEqual({
      name: CHANGE_DIGEST_JOB,
      cron: '0 7 * * 1',
      timezone: 'Europe/Copenhagen',
    });
  });

  it('sends nothing in a week where nothing changed', async () => {
    const before = smtp.messages.length;
    const week3 = new Date(Date.now() + 14 * DAY);
    await runDigests(week3);
    expect(smtp.messages.length).toBe(before);
    const [subscription] = await mine(tokens.member);
    expect(subscription.coveredUntil).toBe(week3.toISOString());
  });

  it('ends a subscription from the link in the digest (only by pressing the button) or by the mutation', async () => {
    const token = /https:\/\/vejviser\.test\/aendringer\/afmeld\/([\w.-]+)/.exec(digestsTo(EMAIL.member)[0].text ?? '')![1];
    const page = await fetch(`${t.url}/aendringer/afmeld/${token}`);
    expect(await page.text()).toContain('<button type="submit" class="button button-primary">Afmeld oversigten</button>');
    expect(await mine(tokens.member)).toHaveLength(1);
    const forged = await fetch(`${t.url}/aendringer/afmeld/${token.slice(0, -2)}xx`, { method: 'POST' });
    expect(await forged.text()).toContain('Linket virker ikke');
    expect(await mine(tokens.member)).toHaveLength(1);
    const done = await fetch(`${t.url}/aendringer/afmeld/${token}`, { method: 'POST' });
    expect(await done.text()).toContain('Du er afmeldt');
    expect(await mine(tokens.member)).toEqual([]);
    const again = await fetch(`${t.url}/aendringer/afmeld/${token}`, { method: 'POST' });
    expect(await again.text()).toContain('Du er allerede afmeldt');

    const unsubscribe = (token?: string) =>
      t.graphql<{ unsubscribeFromChanges: { __typename: string } }>(
        `mutation ($n: ID!) { unsubscribeFromChanges(networkId: $n) { __typename } }`,
        { n: networkId },
        { token },
      );
    expect((await unsubscribe()).data!.unsubscribeFromChanges.__typename).toBe('ForbiddenError');
    expect((await unsubscribe(tokens.coordinator)).data!.unsubscribeFromChanges.__typename).toBe('Deleted');
    expect((await unsubscribe(tokens.coordinator)).data!.unsubscribeFromChanges.__typename).toBe('NotFoundError');
    expect(await mine(tokens.coordinator)).toEqual([]);
  });
});
