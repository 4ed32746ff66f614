import { AccountsService } from '#auth';
import { RequestContext } from '#core';
import { Sector } from '#directory';
import { MembersService, Network, NetworkMember, NetworkParty, NetworksService } from '#network';
import { ADMIN_CTX, makeOrganisation, ok, startSmtpCapture, type CapturedMail, type SmtpCapture } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = 'supervision-test-password';

// Supervision groups over HTTP: GraphQL as coordinator and member, the decision mail through real
// SMTP on loopback, and the printable record at GET /supervision/record/:memberId.
describe('supervision groups over HTTP', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let admin: string;
  let networkId: string;
  let member: { token: string; memberId: string };
  let outsider: string;

  const signIn = async (email: string) => {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: PASSWORD },
    );
    return res.data!.signIn.accessToken;
  };
  const record = (memberId: string, authorization?: string) =>
    fetch(`${t.url}/supervision/record/${memberId}`, { headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    admin = await signInAsAdmin(t);
    const network = ok(await t.app.get(NetworksService).create(ADMIN_CTX, { name: 'Livsmod' }), Network);
    networkId = network.id;
    const org = await makeOrganisation(t.app, { name: 'Helsingør Kommune', municipalityCode: '0217', sector: Sector.MUNICIPAL });
    const party = ok(await t.app.get(NetworksService).addParty(ADMIN_CTX, { networkId, organisationId: org.id }), NetworkParty);
    const accounts = t.app.get(AccountsService);
    const psychologist = await accounts.create({
      email: 'laerke.psykolog@example.org',
      displayName: 'Lærke Østergaard',
      password: PASSWORD,
    });
    await accounts.create({ email: 'udenfor@example.org', displayName: 'Uden For', password: PASSWORD });
    const members = t.app.get(MembersService);
    const applied = ok(
      await members.apply(new RequestContext({ kind: 'account', accountId: psychologist.id, grants: [] }), {
        networkId,
        partyId: party.id,
      }),
      NetworkMember,
    );
    ok(await members.decide(ADMIN_CTX, applied.id, true), NetworkMember);
    member = { token: await signIn('laerke.psykolog@example.org'), memberId: applied.id };
    outsider = await signIn('udenfor@example.org');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('runs a group: created by a coordinator, applied to by a member, approved with a mail, attendance marked, hours counted', async () => {
    // Weekly from two weeks ago: two sessions have been held.
    const firstSessionAt = new Date(Math.floor((Date.now() - 15 * DAY) / 60_000) * 60_000).toISOString();
    const created = await t.graphql<{
      createSupervisionGroup: { __typename: string; id: string; sessions: { id: string; startsAt: string }[] };
    }>(
      `mutation ($input: CreateSupervisionGroupInput!) {
         createSupervisionGroup(input: $input) { __typename ... on SupervisionGroup { id sessions { id startsAt } } ... on ValidationError { fieldErrors { path message } } }
       }`,
      {
        input: {
          networkId,
          name: 'Supervisionsgruppe: angst',
          focus: 'Angst',
          facilitatorName: 'Jonas Kragh, specialist i psykoterapi',
          recurrence: 'FREQ=WEEKLY;COUNT=4',
          firstSessionAt,
          sessionMinutes: 120,
          minSeats: 1,
          maxSeats: 6,
          sectorCaps: [{ sector: 'MUNICIPAL', max: 4 }],
          venue: 'Sundhedshuset, lokale 2',
        },
      },
      { token: admin },
    );
    expect(created.data!.createSupervisionGroup.__typename).toBe('SupervisionGroup');
    const group = created.data!.createSupervisionGroup;
    expect(group.sessions).toHaveLength(4);

    const list = (token?: string) =>
      t.graphql<{ supervisionGroups: { totalCount: number } }>(
        `query ($n: ID!) { supervisionGroups(networkId: $n) { totalCount } }`,
        { n: networkId },
        { token },
      );
    expect((await list(member.token)).data!.supervisionGroups.totalCount).toBe(1);
    expect((await list(outsider)).data!.supervisionGroups.totalCount).toBe(0);
    expect((await list()).data!.supervisionGroups.totalCount).toBe(0);

    const applied = await t.graphql<{ applyToSupervisionGroup: { __typename: string; id: string; status: string } }>(
      `mutation ($g: ID!) { applyToSupervisionGroup(groupId: $g, motivation: "Jeg arbejder med unge med angst.") { __typename ... on SupervisionParticipant { id status } } }`,
      { g: group.id },
      { token: member.token },
    );
    expect(applied.data!.applyToSupervisionGroup).toMatchObject({ __typename: 'SupervisionParticipant', status: 'PENDING' });
    const participantId = applied.data!.applyToSupervisionGroup.id;

    const forbidden = await t.graphql<{ decideSupervisionApplication: { __typename: string } }>(
      `mutation ($p: ID!) { decideSupervisionApplication(participantId: $p, approve: true) { __typename } }`,
      { p: participantId },
      { token: member.token },
    );
    expect(forbidden.data!.decideSupervisionApplication.__typename).toBe('ForbiddenError');

    const before = smtp.messages.length;
    const decided = await t.graphql<{ decideSupervisionApplication: { status: string } }>(
      `mutation ($p: ID!) { decideSupervisionApplication(participantId: $p, approve: true) { ... on SupervisionParticipant { status } } }`,
      { p: participantId },
      { token: admin },
    );
    expect(decided.data!.decideSupervisionApplication.status).toBe('APPROVED');
    let mail: CapturedMail | undefined;
    for (let count = before + 1; !mail; count++) {
      mail = (await smtp.waitFor(count, 20_000)).slice(before).find((m) => m.subject?.includes('Supervisionsgruppe: angst'));
    }
    expect(mail!.envelope.to).toEqual(['laerke.psykolog@example.org']);
    expect(mail!.subject).toBe('Du har fået plads i Supervisionsgruppe: angst');
    expect(mail!.text).toContain('Hej Lærke Østergaard');
    expect(mail!.text).toContain('Supervisor: Jonas Kragh, specialist i psykoterapi');
    expect(mail!.text).toContain('Sted: Sundhedshuset, lokale 2');
    expect(mail!.html).toContain('160 timer');

    const view = await t.graphql<{
      supervisionGroup: { seatsTaken: number; myParticipation: { status: string }; participants: { id: string }[] };
    }>(
      `query ($g: ID!) { supervisionGroup(id: $g) { seatsTaken myParticipation { status } participants { id } } }`,
      { g: group.id },
      { token: member.token },
    );
    expect(view.data!.supervisionGroup).toEqual({
      seatsTaken: 1,
      myParticipation: { status: 'APPROVED' },
      participants: [{ id: participantId }],
    });

    for (const session of group.sessions.slice(0, 2)) {
      const marked = await t.graphql<{ markSupervisionAttendance: { __typename: string } }>(
        `mutation ($s: ID!, $p: [ID!]!) { markSupervisionAttendance(sessionId: $s, participantIds: $p, attended: true) { __typename } }`,
        { s: session.id, p: [participantId] },
        { token: admin },
      );
      expect(marked.data!.markSupervisionAttendance.__typename).toBe('SupervisionSession');
    }
    const future = await t.graphql<{ markSupervisionAttendance: { __typename: string } }>(
      `mutation ($s: ID!, $p: [ID!]!) { markSupervisionAttendance(sessionId: $s, participantIds: $p) { __typename } }`,
      { s: group.sessions[3].id, p: [participantId] },
      { token: admin },
    );
    expect(future.data!.markSupervisionAttendance.__typename).toBe('ConflictError');

    const hours = (token: string) =>
      t.graphql<{
        supervisionHours: {
          totalHours: number;
          goalHours: number;
          member: { id: string; name: string };
          groups: { groupName: string; sessionsAttended: number }[];
        } | null;
      }>(
        `query ($m: ID!) { supervisionHours(memberId: $m) { totalHours goalHours member { id name } groups { groupName sessionsAttended } } }`,
        { m: member.memberId },
        { token },
      );
    expect((await hours(member.token)).data!.supervisionHours).toEqual({
      totalHours: 4,
      goalHours: 160,
      member: { id: member.memberId, name: 'Lærke Østergaard' },
      groups: [{ groupName: 'Supervisionsgruppe: angst', sessionsAttended: 2 }],
    });
    expect((await hours(admin)).data!.supervisionHours?.totalHours).toBe(4);
    expect((await hours(outsider)).data!.supervisionHours).toBeNull();
  });

  it('serves the printable record as HTML to the member, and nothing without a valid token', async () => {
    const anonymous = await record(member.memberId);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    expect(await anonymous.text()).toContain('Log ind');
    // A browser gets the answer as a page in the app's look, with the way to sign in.
    const browser = await fetch(`${t.url}/supervision/record/${member.memberId}`, { headers: { accept: 'text/html' } });
    expect(browser.status).toBe(401);
    expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await browser.text()).toContain('<a href="/log-ind">Log ind i Vejviser</a>');
    expect((await record(member.memberId, 'Bearer ikke-et-token')).status).toBe(401);
    expect((await record(member.memberId, `Bearer ${outsider}`)).status).toBe(404);
    expect((await record('ikke-et-id', `Bearer ${member.token}`)).status).toBe(404);

    const res = await record(member.memberId, `Bearer ${member.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('Lærke Østergaard');
    expect(html).toContain('Livsmod');
    expect(html).toContain('Supervisionsgruppe: angst');
    expect(html).toContain('Jonas Kragh, specialist i psykoterapi');
    expect(html).toContain('I alt 4 timer supervision');
    expect(html).toContain('160 timers supervision');
    expect(html).toContain('@media print');

    const viaGraphql = await t.graphql<{ supervisionRecord: string | null }>(
      `query ($m: ID!) { supervisionRecord(memberId: $m) }`,
      { m: member.memberId },
      { token: admin },
    );
    expect(viaGraphql.data!.supervisionRecord).toContain('I alt 4 timer supervision');
    expect((await record(member.memberId, `Bearer ${admin}`)).status).toBe(200);
  });
});
