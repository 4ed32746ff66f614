import { AccountsService, Role } from '#auth';
import { ContactKind, Sector } from '#directory';
import { NetworkParty, NetworksService } from '#network';
import { ADMIN_CTX, makeContact, makeOrganisation, ok, startSmtpCapture, type CapturedMail, type SmtpCapture, runJobAsOf } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';
import { COVERAGE_GAPS_JOB } from '#upkeep';
import { DEMO_PASSWORD } from '#demo';

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'daekning-test-1234';
/** Before and after the 2027 merger of Region Hovedstaden and Region Sjælland into Region Østdanmark. */
const DECEMBER_2026 = new Date('2026-12-15T10:00:00Z');
const FEBRUARY_2027 = new Date('2027-02-15T10:00:00Z');
/** Confirmed shortly before both moments; and long before (stale at both, with the 180-day interval). */
const VERIFIED = new Date('2026-12-01T10:00:00Z');
const LONG_AGO = new Date('2026-01-10T10:00:00Z');
/**
 * The demo data is seeded as of this moment, whatever today's date is: its gaps are then Gribskov,
 * Halsnæs and Hørsholm until mid-March 2027 (when a Rudersdal entry point goes stale), so the monthly
 * mails of February and March below find the same ones.
 */
const DEMO_AS_OF = new Date('2027-01-15T10:00:00Z');

interface Item {
  requirement: { label: string; situationKey: string; networkId: string | null; regionKey: string | null };
  status: string;
  present: boolean;
  entryPoints: { stale: boolean; contact: { id: string; name: string; kind: string } }[];
}
interface Summary {
  required: number;
  present: number;
  verified: number;
  stale: number;
  missing: number;
}
interface MunicipalityCoverage {
  municipality: { code: string; name: string };
  region: { key: string } | null;
  partyIds: string[];
  items: Item[];
  summary: Summary;
}
interface Coverage {
  networkId: string;
  municipalities: MunicipalityCoverage[];
  summary: Summary;
  municipalitiesWithGaps: number;
  requirements: { id: string }[];
}

const COVERAGE = `query ($n: ID!, $at: DateTime) { coverage(networkId: $n, at: $at) {
  networkId municipalitiesWithGaps requirements { id }
  summary { required present verified stale missing }
  municipalities { municipality { code name } region { key } partyIds summary { required present verified stale missing }
    items { status present requirement { label situationKey networkId regionKey }
      entryPoints { stale contact { id name kind organisation { name } } } } } } }`;

const ADD = `mutation ($input: AddCoverageRequirementInput!) { addCoverageRequirement(input: $input) {
  __typename ... on CoverageRequirement { id label situationKey networkId regionKey }
  ... on ErrorResult { message } ... on ValidationError { fieldErrors { path message } } } }`;

// Coverage over HTTP: a network's municipalities against its own and its regions' requirements,
// before and after the 2027 merger, who may see it, and the monthly mail to key persons through the
// real job queue and a real SMTP server on loopback; time is moved by running the job "as of" a date.
describe('coverage', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let networkId: string;
  let admin: string;
  let coordinator: string;
  let member: string;
  let outsider: string;
  const org: Record<string, string> = {};
  const party: Record<string, string> = {};
  const contact: Record<string, string> = {};

  async function account(email: string, displayName: string, grants: { role: Role; networkId?: string }[] = []): Promise<string> {
    return (await t.app.get(AccountsService).create({ email, displayName, password: PASSWORD, grants })).id;
  }
  async function signIn(email: string, password = PASSWORD): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: password },
    );
    return res.data!.signIn.accessToken;
  }
  async function joinAs(accountId: string, partyId: string, keyPerson: boolean, status = 'APPROVED'): Promise<void> {
    await t.database.dataSource.query(
      `INSERT INTO network_member (network_id, party_id, account_id, kind, status, is_key_person) VALUES ($1, $2, $3, 'PROFESSIONAL', $4, $5)`,
      [networkId, partyId, accountId, status, keyPerson],
    );
  }
  async function entryPoint(key: string, organisationId: string, kind: ContactKind, name: string, situations: string[], verifiedAt: Date) {
    contact[key] = (await makeContact(t.app, { organisationId, kind, name, situations })).id;
    await t.database.dataSource.query(`UPDATE contact SET last_verified_at = $2 WHERE id = $1`, [contact[key], verifiedAt]);
  }
  async function coverage(at: Date | null, token = admin, network = networkId) {
    return t.graphql<{ coverage: Coverage | null }>(COVERAGE, { n: network, at: at?.toISOString() ?? null }, { token });
  }
  const municipality = (c: Coverage, code: string) => c.municipalities.find((m) => m.municipality.code === code)!;
  const statusOf = (c: Coverage, code: string) =>
    Object.fromEntries(municipality(c, code).items.map((i) => [i.requirement.situationKey, i.status]));
  const add = async (input: Record<string, unknown>, token = admin) =>
    (
      await t.graphql<{
        addCoverageRequirement: {
          __typename: string;
          id?: string;
          label?: string;
          message?: string;
          fieldErrors?: { path: string; message: string }[];
        };
      }>(ADD, { input }, { token })
    ).data!.addCoverageRequirement;

  const mailsTo = (to: string, subject = ''): CapturedMail[] =>
    smtp.messages.filter((m) => m.envelope.to.includes(to) && (m.subject ?? '').includes(subject));
  const runJob = (at: Date) => runJobAsOf(t.app, COVERAGE_GAPS_JOB, at);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ demo: true, demoAsOf: DEMO_AS_OF, mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    admin = await signInAsAdmin(t);
    const networks = t.app.get(NetworksService);
    networkId = ((await networks.create(ADMIN_CTX, { name: 'Dækningsnetværket', contactEmail: 'tovholder@example.org' })) as { id: string })
      .id;
    // Gentofte and Lyngby-Taarbæk are in Region Hovedstaden, Roskilde in Region Sjælland; all three in Region Østdanmark from 2027.
    for (const [code, name] of [
      ['0157', 'Gentofte Kommune'],
      ['0173', 'Lyngby-Taarbæk Kommune'],
      ['0265', 'Roskilde Kommune'],
    ]) {
      org[code] = (await makeOrganisation(t.app, { name, municipalityCode: code })).id;
      party[code] = ok(await networks.addParty(ADMIN_CTX, { networkId, organisationId: org[code] }), NetworkParty).id;
    }
    const volunteer = await makeOrganisation(t.app, {
      name: 'Frivillige i Gentofte',
      sector: Sector.CIVIL_SOCIETY,
      municipalityCode: '0157',
    });
    await networks.addParty(ADMIN_CTX, { networkId, organisationId: volunteer.id });

    // Gentofte: a verified function for a sub-situation of discharge, a stale person for the transition
    // at 18, and a person for suicidal behaviour who has left. A volunteer's line is not the municipality's.
    await entryPoint('udskrivning', org['0157'], ContactKind.FUNCTION, 'Udskrivningsteamet', ['discharge-adult-psychiatry'], VERIFIED);
    await entryPoint('overgang', org['0157'], ContactKind.PERSON, 'Pia Overgang', ['transition-18'], LONG_AGO);
    await entryPoint('stoppet', org['0157'], ContactKind.PERSON, 'Lars Stoppet', ['suicidal-behaviour'], VERIFIED);
    await t.database.dataSource.query(`UPDATE contact SET left_at = $2 WHERE id = $1`, [contact.stoppet, VERIFIED]);
    await entryPoint('frivillig', volunteer.id, ContactKind.FUNCTION, 'Frivillig samtalelinje', ['suicidal-behaviour'], VERIFIED);
    // Lyngby-Taarbæk: everything required, verified; the transition both stale (a function) and verified (a person).
    await entryPoint('lyngby', org['0173'], ContactKind.FUNCTION, 'Lyngby Indgang', ['discharge', 'suicidal-behaviour'], VERIFIED);
    await entryPoint('lyngby-udredning', org['0173'], ContactKind.FUNCTION, 'Lyngby Udredning', ['psychiatric-assessment'], VERIFIED);
    await entryPoint('lyngby-gammel', org['0173'], ContactKind.FUNCTION, 'Lyngby Overgangslinje', ['transition-18'], LONG_AGO);
    await entryPoint('lyngby-person', org['0173'], ContactKind.PERSON, 'Lone Overgang', ['transition-18'], VERIFIED);
    // Roskilde: only discharge.
    await entryPoint('roskilde', org['0265'], ContactKind.FUNCTION, 'Roskilde Udskrivning', ['discharge-child-youth-psychiatry'], VERIFIED);

    await account('koordinator.daekning@example.org', 'Kim Koordinator', [{ role: Role.NETWORK_COORDINATOR, networkId }]);
    await joinAs(await account('medlem.gentofte@example.org', 'Maja Medlem'), party['0157'], false);
    await joinAs(await account('noegle.gentofte@example.org', 'Gitte Gentofte'), party['0157'], true);
    await joinAs(await account('noegle2.gentofte@example.org', 'Georg Gentofte'), party['0157'], true);
    await joinAs(await account('ansoeger.gentofte@example.org', 'Anders Ansøger'), party['0157'], true, 'PENDING');
    await joinAs(await account('noegle.lyngby@example.org', 'Lise Lyngby'), party['0173'], true);
    await account('udenfor.daekning@example.org', 'Ulla Udenfor');
    coordinator = await signIn('koordinator.daekning@example.org');
    member = await signIn('medlem.gentofte@example.org');
    outsider = await signIn('udenfor.daekning@example.org');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it("shows Livsmod's four requirements in the demo with a realistic mix", async () => {
    const koordinator = await signIn('koordinator@example.org', DEMO_PASSWORD);
    const [{ id: livsmod }]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM network WHERE is_demo AND name = 'Livsmod'`,
    );
    const res = await coverage(DEMO_AS_OF, koordinator, livsmod);
    expect(res.errors).toBeUndefined();
    const demo = res.data!.coverage!;
    expect(demo.municipalities).toHaveLength(10);
    expect(demo.requirements).toHaveLength(4);
    expect(municipality(demo, '0217').items.map((i) => i.requirement.label)).toEqual([
      'Udskrivning fra voksenpsykiatrien',
      'Udskrivning fra børne- og ungdomspsykiatrien',
      'Efter selvmordsforsøg',
      'Overgangen ved 18 år',
    ]);
    for (const m of demo.municipalities) expect(m.items.map((i) => i.requirement.label)).toHaveLength(4);
    expect(statusOf(demo, '0270')['transition-18']).toBe('MISSING');
    expect(statusOf(demo, '0260')['suicidal-behaviour']).toBe('STALE');
    expect(statusOf(demo, '0223')['discharge-child-youth-psychiatry']).toBe('STALE');
    expect(demo.summary.required).toBe(40);
    expect(demo.summary.verified).toBeGreaterThanOrEqual(30);
    expect(demo.summary.missing).toBeGreaterThanOrEqual(1);
    expect(demo.summary.present).toBe(demo.summary.verified + demo.summary.stale);
    const stale = municipality(demo, '0260').items.find((i) => i.requirement.situationKey === 'suicidal-behaviour')!;
    expect(stale.present).toBe(true);
    expect(stale.entryPoints.every((e) => e.stale)).toBe(true);
    // Functions before persons.
    const kinds = stale.entryPoints.map((e) => e.contact.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'FUNCTION' ? -1 : 1)));
    expect(kinds[0]).toBe('FUNCTION');
  });

  it('validates requirements and lets only coordinators (network) and administrators (region) set them', async () => {
    const count = async () => Number((await t.database.dataSource.query(`SELECT count(*) AS n FROM coverage_requirement`))[0].n);
    const before = await count();
    expect(await add({ networkId, regionKey: 'hovedstaden', situationKey: 'discharge' })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: 'input.networkId', message: 'Angiv enten et netværk eller en region – præcis én af dem.' },
        { path: 'input.regionKey', message: 'Angiv enten et netværk eller en region – præcis én af dem.' },
      ],
    });
    expect((await add({ situationKey: 'discharge' })).__typename).toBe('ValidationError');
    // Every bad field in one answer: no scope and an unknown situation.
    expect(await add({ situationKey: 'anxiety' })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: 'input.networkId', message: 'Angiv enten et netværk eller en region – præcis én af dem.' },
        { path: 'input.situationKey', message: 'Ukendt situation: "anxiety". Se taxonomy(kind: SITUATION).' },
      ],
    });
    expect(await add({ networkId, situationKey: 'anxiety' })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.situationKey', message: 'Ukendt situation: "anxiety". Se taxonomy(kind: SITUATION).' }],
    });
    expect(await add({ regionKey: 'atlantis', situationKey: 'discharge' })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.regionKey', message: 'Ukendt region: "atlantis". Brug fx "hovedstaden" eller "1084".' }],
    });
    expect((await add({ networkId: '00000000-0000-4000-8000-000000000000', situationKey: 'discharge' })).__typename).toBe('NotFoundError');
    expect((await add({ networkId, situationKey: 'discharge' }, member)).__typename).toBe('ForbiddenError');
    expect((await add({ regionKey: 'hovedstaden', situationKey: 'discharge' }, coordinator)).__typename).toBe('ForbiddenError');
    expect(await count()).toBe(before);

    // The network's own (coordinator), with the situation's label by default or its own.
    expect(await add({ networkId, situationKey: 'discharge' }, coordinator)).toMatchObject({
      __typename: 'CoverageRequirement',
      label: 'Udskrivning fra psykiatrien',
      networkId,
      regionKey: null,
    });
    expect(await add({ networkId, situationKey: 'transition-18', label: 'Overgangen ved 18 år' }, coordinator)).toMatchObject({
      label: 'Overgangen ved 18 år',
    });
    expect(await add({ networkId, situationKey: 'discharge' }, coordinator)).toEqual({
      __typename: 'ConflictError',
      message: 'Netværket kræver allerede en indgang for "Udskrivning fra psykiatrien".',
    });
    // Regions' (administrators), by key or official code.
    expect(await add({ regionKey: '1084', situationKey: 'suicidal-behaviour', label: 'Efter selvmordsforsøg' })).toMatchObject({
      regionKey: 'hovedstaden',
    });
    expect((await add({ regionKey: 'oestdanmark', situationKey: 'psychiatric-assessment' })).__typename).toBe('CoverageRequirement');
    expect((await add({ regionKey: 'sjaelland', situationKey: 'school-absence' })).__typename).toBe('CoverageRequirement');
    expect((await add({ regionKey: 'hovedstaden', situationKey: 'suicidal-behaviour' })).__typename).toBe('ConflictError');

    // A coordinator removes one of the network's, not a region's; a member neither.
    const extra = await add({ networkId, situationKey: 'dual-diagnosis' }, coordinator);
    const remove = async (id: string, token: string) =>
      (
        await t.graphql<{ removeCoverageRequirement: { __typename: string } }>(
          `mutation ($id: ID!) { removeCoverageRequirement(id: $id) { __typename } }`,
          { id },
          { token },
        )
      ).data!.removeCoverageRequirement.__typename;
    expect(await remove(extra.id!, member)).toBe('ForbiddenError');
    expect(await remove(extra.id!, coordinator)).toBe('Deleted');
    expect(await remove(extra.id!, coordinator)).toBe('NotFoundError');
    const [regional]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM coverage_requirement WHERE region_key = 'sjaelland'`,
    );
    expect(await remove(regional.id, coordinator)).toBe('ForbiddenError');
    const audit: { action: string }[] = await t.database.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'CoverageRequirement' AND entity_id = $1 ORDER BY occurred_at`,
      [extra.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);

    const listed = await t.graphql<{ coverageRequirements: { situationKey: string }[] }>(
      `query ($n: ID!) { coverageRequirements(networkId: $n) { situationKey } }`,
      { n: networkId },
      { token: member },
    );
    expect(listed.data!.coverageRequirements.map((r) => r.situationKey)).toEqual(['discharge', 'transition-18']);
    const hidden = await t.graphql(`query ($n: ID!) { coverageRequirements(networkId: $n) { id } }`, { n: networkId }, { token: outsider });
    expect(hidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("computes present and verified, stale and missing per municipality from the network's and the region's requirements", async () => {
    const res = await coverage(DECEMBER_2026);
    expect(res.errors).toBeUndefined();
    const c = res.data!.coverage!;
    expect(c.municipalities.map((m) => m.municipality.name)).toEqual(['Gentofte', 'Lyngby-Taarbæk', 'Roskilde']);
    expect(municipality(c, '0157').partyIds).toEqual([party['0157']]);
    expect(municipality(c, '0157').region).toEqual({ key: 'hovedstaden' });
    // Network's first, then the region's; Østdanmark's does not apply before 2027, Sjælland's only to Roskilde.
    expect(statusOf(c, '0157')).toEqual({ discharge: 'PRESENT_VERIFIED', 'transition-18': 'STALE', 'suicidal-behaviour': 'MISSING' });
    expect(municipality(c, '0157').items.map((i) => i.requirement.situationKey)).toEqual([
      'discharge',
      'transition-18',
      'suicidal-behaviour',
    ]);
    expect(statusOf(c, '0173')).toEqual({
      discharge: 'PRESENT_VERIFIED',
      'transition-18': 'PRESENT_VERIFIED',
      'suicidal-behaviour': 'PRESENT_VERIFIED',
    });
    expect(statusOf(c, '0265')).toEqual({ discharge: 'PRESENT_VERIFIED', 'transition-18': 'MISSING', 'school-absence': 'MISSING' });

    const gentofte = municipality(c, '0157');
    const [discharge, transition, suicide] = gentofte.items;
    // A sub-situation counts; a person who left and a volunteer organisation's line do not.
    expect(discharge.entryPoints.map((e) => e.contact.id)).toEqual([contact.udskrivning]);
    expect(transition).toMatchObject({ present: true, entryPoints: [{ stale: true, contact: { id: contact.overgang } }] });
    expect(suicide).toMatchObject({ present: false, entryPoints: [] });
    expect(gentofte.summary).toEqual({ required: 3, present: 2, verified: 1, stale: 1, missing: 1 });
    // Functions before persons; verified before stale.
    const lyngbyTransition = municipality(c, '0173').items[1];
    expect(lyngbyTransition.entryPoints.map((e) => [e.contact.name, e.stale])).toEqual([
      ['Lyngby Overgangslinje', true],
      ['Lone Overgang', false],
    ]);
    expect(c.summary).toEqual({ required: 9, present: 6, verified: 5, stale: 1, missing: 3 });
    expect(c.municipalitiesWithGaps).toBe(2);
  });

  it('keeps working across the 2027 merger: Region Hovedstaden speaks for its former municipalities, Østdanmark for all', async () => {
    const c = (await coverage(FEBRUARY_2027)).data!.coverage!;
    expect(municipality(c, '0157').region).toEqual({ key: 'oestdanmark' });
    expect(municipality(c, '0265').region).toEqual({ key: 'oestdanmark' });
    expect(statusOf(c, '0157')).toEqual({
      discharge: 'PRESENT_VERIFIED',
      'transition-18': 'STALE',
      'psychiatric-assessment': 'MISSING',
      'suicidal-behaviour': 'MISSING',
    });
    expect(statusOf(c, '0173')['psychiatric-assessment']).toBe('PRESENT_VERIFIED');
    expect(statusOf(c, '0265')).toEqual({
      discharge: 'PRESENT_VERIFIED',
      'transition-18': 'MISSING',
      'psychiatric-assessment': 'MISSING',
      'school-absence': 'MISSING',
    });
    // Half a year on, what was verified in December has gone stale too.
    const later = (await coverage(new Date(VERIFIED.getTime() + 200 * DAY))).data!.coverage!;
    expect(statusOf(later, '0157').discharge).toBe('STALE');
  });

  it('shows coverage to coordinators, approved members and administrators only', async () => {
    expect((await coverage(DECEMBER_2026, coordinator)).data!.coverage!.networkId).toBe(networkId);
    expect((await coverage(DECEMBER_2026, member)).data!.coverage!.networkId).toBe(networkId);
    const pending = await signIn('ansoeger.gentofte@example.org');
    for (const token of [outsider, pending, undefined]) {
      const res = await t.graphql(COVERAGE, { n: networkId, at: null }, { token });
      expect(res.data?.coverage ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await coverage(null, admin, '00000000-0000-4000-8000-000000000000')).data!.coverage).toBeNull();
  });

  it('reads a network in a fixed handful of statements, however many municipalities it has', async () => {
    const [{ id: livsmod }]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM network WHERE is_demo AND name = 'Livsmod'`,
    );
    const measure = async (network: string) => {
      t.queries.reset();
      const res = await coverage(DECEMBER_2026, admin, network);
      expect(res.errors).toBeUndefined();
      return t.queries.ownCount;
    };
    const small = await measure(networkId);
    const large = await measure(livsmod);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });

  it('mails each key person of a municipality with gaps once a month, and nobody else', async () => {
    const firstOfFebruary = new Date('2027-02-01T07:00:00Z');
    await runJob(firstOfFebruary);
    const gitte = mailsTo('noegle.gentofte@example.org');
    expect(gitte).toHaveLength(1);
    expect(gitte[0].subject).toBe('Dækningsnetværket: 3 indgange i Gentofte mangler eller skal bekræftes');
    const text = gitte[0].text ?? '';
    expect(text).toContain('Hej Gitte Gentofte,');
    expect(text).toContain('Overgangen ved 18 år – skal bekræftes');
    expect(text).toContain(`Bekræft eller ret: https://vejviser.test/kontakter/${contact.overgang}/ret`);
    expect(text).toContain('Efter selvmordsforsøg – mangler');
    expect(text).toContain(`https://vejviser.test/kontakter/ny?organisation=${org['0157']}&situation=suicidal-behaviour`);
    expect(text).toContain('Psykiatrisk screening og udredning – mangler');
    expect(text).not.toContain('Udskrivning fra psykiatrien');
    expect(text).toContain(`https://vejviser.test/netvaerk/${networkId}/daekning?kommune=0157`);
    expect(mailsTo('noegle2.gentofte@example.org')).toHaveLength(1);
    // Lyngby-Taarbæk has no gaps; a member who is not a key person and an applicant get nothing.
    for (const nobody of ['noegle.lyngby@example.org', 'medlem.gentofte@example.org', 'ansoeger.gentofte@example.org']) {
      expect(mailsTo(nobody)).toEqual([]);
    }
    // The demo network's key persons are told too: Gribskov misses the transition at 18.
    expect(mailsTo('livsmod.gribskov@example.org')[0].text).toContain('Overgangen ved 18 år – mangler');

    // Again in the same month: nothing new. Next month, still gaps: a new mail.
    const gapMails = () => smtp.messages.filter((m) => (m.subject ?? '').includes('mangler eller skal bekræftes')).length;
    const total = gapMails();
    await runJob(new Date('2027-02-20T07:00:00Z'));
    expect(gapMails()).toBe(total);
    await runJob(new Date('2027-03-01T07:00:00Z'));
    expect(mailsTo('noegle.gentofte@example.org')).toHaveLength(2);
    expect(mailsTo('noegle.lyngby@example.org')).toEqual([]);
  });
});
