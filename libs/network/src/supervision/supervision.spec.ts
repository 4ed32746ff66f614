import { AccountsService } from '#auth';
import { NetworkModule } from '../network.module.js';
import { ConflictError, ForbiddenError, JobQueue, NotFoundError, RequestContext, ValidationError } from '#core';
import { Sector } from '#directory';
import { ADMIN_CTX, createModuleContext, makeOrganisation, ok, type TestContext, testNetworkConfig } from '#testing';
import { MembersService } from '../networks/members.service.js';
import { Network, NetworkMember, NetworkParty } from '../networks/network.entity.js';
import { NetworksService } from '../networks/networks.service.js';
import { copenhagenDate, wallClockOf } from './recurrence.js';
import { SupervisionAttendanceService } from './supervision-attendance.service.js';
import { SupervisionGroupsService } from './supervision-groups.service.js';
import { SUPERVISION_REMINDERS_JOB, SupervisionJobs } from './supervision-jobs.js';
import { participantMailKey } from './supervision-mails.js';
import { SupervisionParticipantsService } from './supervision-participants.service.js';
import { ParticipantStatus, SupervisionGroup, SupervisionParticipant, SupervisionSession } from './supervision.entity.js';
import type { CreateSupervisionGroupInput } from './supervision.inputs.js';

const viewer = (accountId: string, grants: { role: string; networkId?: string }[] = []) =>
  new RequestContext({ kind: 'account', accountId, grants });
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('supervision groups', () => {
  let t: TestContext;
  let groups: SupervisionGroupsService;
  let participants: SupervisionParticipantsService;
  let attendance: SupervisionAttendanceService;
  let networkId: string;
  let coordinator: RequestContext;
  const party: Record<'helsingor' | 'hillerod' | 'region' | 'lms', string> = {} as never;
  let seq = 0;

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
  const account = async (name: string) =>
    (await t.context.get(AccountsService).create({ email: `person-${++seq}@example.org`, displayName: name })).id;
  /** An approved member of the party; `ctx` acts as them. */
  const member = async (partyKey: keyof typeof party, name = `Psykolog ${seq + 1}`) => {
    const accountId = await account(name);
    const ctx = viewer(accountId);
    const applied = ok(await t.context.get(MembersService).apply(ctx, { networkId, partyId: party[partyKey] }), NetworkMember);
    ok(await t.context.get(MembersService).decide(ADMIN_CTX, applied.id, true), NetworkMember);
    return { ctx, memberId: applied.id, accountId };
  };
  const input = (patch: Partial<CreateSupervisionGroupInput> = {}): CreateSupervisionGroupInput => ({
    networkId,
    name: `Supervisionsgruppe ${++seq}`,
    focus: 'Selvmordstruede og selvskadende adfærd',
    facilitatorName: 'Mette Skovgaard, autoriseret psykolog',
    facilitatorEmail: 'mette@example.org',
    recurrence: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12',
    firstSessionAt: new Date('2027-02-02T12:00:00Z'),
    sessionMinutes: 180,
    exceptions: ['2027-03-16'],
    venue: 'Rådhuset, mødelokale 3',
    ...patch,
  });
  const newGroup = async (patch: Partial<CreateSupervisionGroupInput> = {}) =>
    ok(await groups.create(coordinator, input(patch)), SupervisionGroup);
  const sessionsOf = (groupId: string) =>
    t.database.dataSource.getRepository(SupervisionSession).find({ where: { groupId }, order: { startsAt: 'ASC' } });
  /** Applies and is approved; returns the participant as decided. */
  const seat = async (groupId: string, who: { ctx: RequestContext }) => {
    const applied = ok(await participants.apply(who.ctx, groupId, 'Jeg arbejder med unge i PPR.'), SupervisionParticipant);
    return ok(await participants.decide(coordinator, applied.id, true), SupervisionParticipant);
  };
  const mails = (template: string) =>
    sql<{ recipients: string[]; subject: string; text: string; idempotency_key: string }>(
      `SELECT recipients, subject, text, idempotency_key FROM mail_message WHERE template = $1 ORDER BY created_at`,
      [template],
    );
  const emailOf = async (accountId: string) =>
    (await sql<{ email: string }>(`SELECT email FROM account WHERE id = $1`, [accountId]))[0].email;

  beforeAll(async () => {
    t = await createModuleContext({ imports: [NetworkModule.forRoot(testNetworkConfig())], jobs: { work: true } });
    groups = t.context.get(SupervisionGroupsService);
    participants = t.context.get(SupervisionParticipantsService);
    attendance = t.context.get(SupervisionAttendanceService);
    const networks = t.context.get(NetworksService);
    networkId = ok(await networks.create(ADMIN_CTX, { name: 'Livsmod' }), Network).id;
    const orgs = {
      helsingor: await makeOrganisation(t.context, { name: 'Helsingør Kommune', municipalityCode: '0217' }),
      hillerod: await makeOrganisation(t.context, { name: 'Hillerød Kommune', municipalityCode: '0219' }),
      region: await makeOrganisation(t.context, {
        name: 'Region Hovedstaden',
        sector: Sector.REGIONAL,
        municipalityCode: null,
        region: 'hovedstaden',
      }),
      lms: await makeOrganisation(t.context, { name: 'LMS', sector: Sector.CIVIL_SOCIETY, municipalityCode: null }),
    };
    for (const key of Object.keys(orgs) as (keyof typeof orgs)[]) {
      party[key] = ok(await networks.addParty(ADMIN_CTX, { networkId, organisationId: orgs[key].id }), NetworkParty).id;
    }
    coordinator = viewer(await account('Koordinator'), [{ role: 'NETWORK_COORDINATOR', networkId }]);
  });
  afterAll(() => t.close());

  describe('groups and sessions', () => {
    it('materialises the sessions from the rule without the exception days, at 13:00 Copenhagen time in winter and summer', async () => {
      const group = await newGroup();
      expect(group).toMatchObject({ minSeats: 6, maxSeats: 12, partyCap: null, status: 'OPEN', exceptions: ['2027-03-16'] });
      const sessions = await sessionsOf(group.id);
      expect(sessions).toHaveLength(11);
      expect(sessions.map((s) => copenhagenDate(s.startsAt))).not.toContain('2027-03-16');
      expect(new Set(sessions.map((s) => wallClockOf(s.startsAt).hour))).toEqual(new Set([13]));
      expect(sessions[0].startsAt.toISOString()).toBe('2027-02-02T12:00:00.000Z');
      expect(sessions[2].startsAt.toISOString()).toBe('2027-04-06T11:00:00.000Z');
      expect(sessions.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 3 * HOUR)).toBe(true);
    });

    it('checks the fields: seats, caps, the rule, and a rule that gives no session', async () => {
      const bad = await groups.create(coordinator, input({ minSeats: 8, maxSeats: 4, partyCap: -1, recurrence: 'FREQ=HOURLY' }));
      expect(bad).toBeInstanceOf(ValidationError);
      expect((bad as ValidationError).fieldErrors.map((e) => e.path).sort()).toEqual([
        'input.maxSeats',
        'input.minSeats',
        'input.partyCap',
        'input.recurrence',
      ]);
      // A rule across fields is named on the fields sent: both here, only the one changed below.
      const seats = await groups.create(coordinator, input({ minSeats: 8, maxSeats: 4 }));
      expect((seats as ValidationError).fieldErrors).toEqual([
        { path: 'input.maxSeats', message: expect.stringContaining('mindste') },
        { path: 'input.minSeats', message: expect.stringContaining('mindste') },
      ]);
      const group = ok(await groups.create(coordinator, input({ name: 'Seks til tolv' })), SupervisionGroup);
      const raised = await groups.update(coordinator, group.id, { minSeats: 20, name: '', recurrence: 'FREQ=HOURLY' });
      expect((raised as ValidationError).fieldErrors.map((e) => e.path).sort()).toEqual([
        'input.minSeats',
        'input.name',
        'input.recurrence',
      ]);
      const none = await groups.create(coordinator, input({ recurrence: 'FREQ=WEEKLY;COUNT=1', exceptions: ['2027-02-02'] }));
      expect((none as ValidationError).fieldErrors[0]).toMatchObject({
        path: 'input.recurrence',
        message: expect.stringContaining('ingen møder'),
      });
      const sectors = await groups.create(
        coordinator,
        input({
          sectorCaps: [
            { sector: Sector.MUNICIPAL, max: 2 },
            { sector: Sector.MUNICIPAL, max: 3 },
          ],
        }),
      );
      expect(sectors).toBeInstanceOf(ValidationError);
    });

    it('lets only coordinators create and change groups', async () => {
      const someone = await member('helsingor');
      expect(await groups.create(someone.ctx, input())).toBeInstanceOf(ForbiddenError);
      expect(await groups.create(new RequestContext(), input())).toBeInstanceOf(ForbiddenError);
      const group = await newGroup();
      expect(await groups.update(someone.ctx, group.id, { name: 'Nyt navn' })).toBeInstanceOf(ForbiddenError);
      expect(await groups.update(ADMIN_CTX, group.id, { name: 'Nyt navn' })).toBeInstanceOf(SupervisionGroup);
      // null leaves caps and schedule as they are; 0 and [] remove the caps.
      const capped = await newGroup({ partyCap: 2, sectorCaps: [{ sector: Sector.REGIONAL, max: 3 }] });
      const kept = ok(
        await groups.update(coordinator, capped.id, { partyCap: null, sectorCaps: null, exceptions: null, recurrence: null, venue: null }),
        SupervisionGroup,
      );
      expect(kept).toMatchObject({ partyCap: 2, sectorCapMap: { REGIONAL: 3 }, exceptions: ['2027-03-16'], venue: null });
      const removed = ok(await groups.update(coordinator, capped.id, { partyCap: 0, sectorCaps: [] }), SupervisionGroup);
      expect(removed).toMatchObject({ partyCap: null, sectorCapMap: {} });
    });

    it('regenerates only the future sessions nobody attended when the rule changes, and keeps cancellations', async () => {
      const group = await newGroup({ recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exceptions: [] });
      const participant = await seat(group.id, await member('helsingor'));
      const before = await sessionsOf(group.id);
      const now = new Date(before[1].startsAt.getTime() + HOUR); // the second session is under way
      ok(await attendance.mark(coordinator, before[1].id, [participant.id], true, now), SupervisionSession);
      ok(await groups.cancelSession(coordinator, before[4].id, now), SupervisionSession);
      // From every week to every other week, at the same time.
      const updated = await groups.update(coordinator, group.id, { recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6' }, now);
      expect(updated).toBeInstanceOf(SupervisionGroup);
      const after = await sessionsOf(group.id);
      const days = after.map((s) => copenhagenDate(s.startsAt));
      // Held sessions stay (2 and 9 February); 23 February and 9 March go; 2 March stays, still cancelled.
      expect(days).toEqual(['2027-02-02', '2027-02-09', '2027-02-16', '2027-03-02', '2027-03-16', '2027-03-30', '2027-04-13']);
      expect(after.find((s) => s.id === before[4].id)?.cancelled).toBe(true);
      expect(after.find((s) => s.id === before[3].id)).toBeUndefined();
      expect(after.find((s) => s.id === before[1].id)).toBeDefined();
    });

    it('cancels a single session that has not begun, once', async () => {
      const group = await newGroup();
      const [first, second] = await sessionsOf(group.id);
      const someone = await member('hillerod');
      expect(await groups.cancelSession(someone.ctx, second.id)).toBeInstanceOf(ForbiddenError);
      expect(ok(await groups.cancelSession(coordinator, second.id, new Date('2027-01-01')), SupervisionSession).cancelled).toBe(true);
      expect(await groups.cancelSession(coordinator, second.id, new Date('2027-01-01'))).toBeInstanceOf(ConflictError);
      expect(await groups.cancelSession(coordinator, first.id, new Date(first.startsAt.getTime() + 1000))).toBeInstanceOf(ConflictError);
    });

    it('tells the participants with a seat by mail, in the same transaction, when a session is cancelled', async () => {
      const group = await newGroup({ name: 'Aflysningsgruppe', minSeats: 1, maxSeats: 2, venue: 'Rådhuset, mødelokale 3' });
      const seated = [await member('helsingor', 'Anne Aflyst'), await member('region', 'Bo Aflyst')];
      for (const who of seated) await seat(group.id, who);
      const waiting = await member('lms', 'Carla Venter');
      expect((await seat(group.id, waiting)).status).toBe(ParticipantStatus.WAITLISTED);
      const pending = await member('hillerod', 'Dorthe Ansøger');
      ok(await participants.apply(pending.ctx, group.id, null), SupervisionParticipant);
      const [, second, third] = await sessionsOf(group.id);
      const cancelled = async () => (await mails('supervision-session-cancelled')).filter((m) => m.subject.includes('Aflysningsgruppe'));

      // A cancellation that is refused queues no mail.
      expect(await groups.cancelSession(waiting.ctx, second.id, new Date('2027-01-01'))).toBeInstanceOf(ForbiddenError);
      expect(await cancelled()).toEqual([]);
      expect(await groups.cancelSession(coordinator, 'ikke-et-id')).toBeInstanceOf(NotFoundError);

      ok(await groups.cancelSession(coordinator, second.id, new Date('2027-01-01')), SupervisionSession);
      const sent = await cancelled();
      expect(sent.map((m) => m.recipients[0]).sort()).toEqual((await Promise.all(seated.map((w) => emailOf(w.accountId)))).sort());
      const seatedIds = (
        await sql<{ id: string }>(`SELECT id FROM supervision_participant WHERE group_id = $1 AND status = 'APPROVED'`, [group.id])
      ).map((r) => r.id);
      expect(sent.map((m) => m.idempotency_key).sort()).toEqual(
        seatedIds.map((id) => participantMailKey(id, `cancelled:${second.id}`)).sort(),
      );
      expect(sent[0].subject).toBe('Møde aflyst: Aflysningsgruppe, 23. februar 2027');
      expect(sent[0].text).toContain('har desværre aflyst gruppens møde tirsdag den 23. februar 2027 kl. 13.00–16.00');
      expect(sent[0].text).toContain('i Rådhuset, mødelokale 3');
      expect(copenhagenDate(third.startsAt)).toBe('2027-04-06'); // 16 March is an exception
      expect(sent[0].text).toContain('Næste møde: tirsdag den 6. april 2027 kl. 13.00–16.00');
      expect(sent[0].text).toContain('Din plads i gruppen er uændret');

      // Refused a second time: still one mail per participant.
      expect(await groups.cancelSession(coordinator, second.id, new Date('2027-01-01'))).toBeInstanceOf(ConflictError);
      expect(await cancelled()).toHaveLength(2);
    });

    it('shows groups to members and coordinators only', async () => {
      const group = await newGroup();
      const outsider = viewer(await account('Udenforstående'));
      expect(await groups.load(new RequestContext(), group.id)).toBeNull();
      expect(await groups.load(outsider, group.id)).toBeNull();
      expect((await groups.list(outsider, networkId, {})).totalCount).toBe(0);
      expect((await groups.list(new RequestContext(), networkId, {})).totalCount).toBe(0);
      const someone = await member('lms');
      expect((await groups.load(someone.ctx, group.id))?.id).toBe(group.id);
      expect((await groups.list(someone.ctx, networkId, { first: 100 })).edges.map((e) => e.node.id)).toContain(group.id);
    });
  });

  describe('applications, caps and the waitlist', () => {
    it('lets approved members apply once; others cannot', async () => {
      const group = await newGroup();
      const outsider = viewer(await account('Udenforstående'));
      expect(await participants.apply(outsider, group.id, null)).toBeInstanceOf(NotFoundError);
      expect(await participants.apply(new RequestContext(), group.id, null)).toBeInstanceOf(ForbiddenError);
      expect(await participants.apply(coordinator, group.id, null)).toBeInstanceOf(ConflictError);
      const someone = await member('helsingor');
      const applied = ok(await participants.apply(someone.ctx, group.id, 'Motivation'), SupervisionParticipant);
      expect(applied).toMatchObject({ status: ParticipantStatus.PENDING, motivation: 'Motivation', memberId: someone.memberId });
      expect(await participants.apply(someone.ctx, group.id, null)).toBeInstanceOf(ConflictError);
      expect(await participants.decide(someone.ctx, applied.id, true)).toBeInstanceOf(ForbiddenError);
    });

    it('seats applicants under the party and sector caps, waitlists the rest in order, and promotes on withdrawal with a mail', async () => {
      const group = await newGroup({ minSeats: 2, maxSeats: 3, partyCap: 1, sectorCaps: [{ sector: Sector.MUNICIPAL, max: 1 }] });
      const a1 = await member('helsingor', 'Anne Helsingør');
      const a2 = await member('helsingor', 'Bo Helsingør');
      const b1 = await member('hillerod', 'Carla Hillerød');
      const r1 = await member('region', 'Dorthe Region');
      const r2 = await member('region', 'Emil Region');
      const v1 = await member('lms', 'Frida LMS');
      const status = async (who: { ctx: RequestContext }) => (await seat(group.id, who)).status;
      expect(await status(a1)).toBe(ParticipantStatus.APPROVED);
      expect(await status(a2)).toBe(ParticipantStatus.WAITLISTED); // Helsingør's party cap
      expect(await status(b1)).toBe(ParticipantStatus.WAITLISTED); // the municipal sector's cap
      expect(await status(r1)).toBe(ParticipantStatus.APPROVED);
      expect(await status(r2)).toBe(ParticipantStatus.WAITLISTED); // the region's party cap
      expect(await status(v1)).toBe(ParticipantStatus.APPROVED); // the third and last seat
      const carla = await emailOf(b1.accountId);
      const toCarla = (await mails('supervision-application-decided')).filter((m) => m.recipients[0] === carla);
      expect(toCarla.map((m) => m.subject)).toEqual([expect.stringContaining('Du er på venteliste')]);
      expect(toCarla[0].text).toContain('nummer 2 på ventelisten');

      // Anne gives up her seat: Bo (Helsingør, first on the waitlist) fits again and gets it.
      const withdrawn = ok(await participants.withdraw(a1.ctx, group.id), SupervisionParticipant);
      expect(withdrawn.status).toBe(ParticipantStatus.WITHDRAWN);
      const byMember = async () =>
        Object.fromEntries(
          (
            await sql<{ member_id: string; status: string }>(`SELECT member_id, status FROM supervision_participant WHERE group_id = $1`, [
              group.id,
            ])
          ).map((r) => [r.member_id, r.status]),
        );
      expect((await byMember())[a2.memberId]).toBe('APPROVED');
      const seatFreed = (await mails('supervision-application-decided')).filter((m) => m.idempotency_key.includes(':seat:'));
      expect(seatFreed.map((m) => m.recipients[0])).toEqual([await emailOf(a2.accountId)]);
      expect(seatFreed[0].subject).toContain('Der er blevet plads til dig');

      // Dorthe gives up hers: Carla is next but the municipal sector is full again; Emil (region) gets it.
      ok(await participants.withdraw(r1.ctx, group.id), SupervisionParticipant);
      const now = await byMember();
      expect([now[b1.memberId], now[r2.memberId]]).toEqual(['WAITLISTED', 'APPROVED']);
      expect(await participants.withdraw(r1.ctx, group.id)).toBeInstanceOf(NotFoundError);

      // Raising the sector cap seats Carla at once.
      ok(await groups.update(coordinator, group.id, { maxSeats: 4, sectorCaps: [{ sector: Sector.MUNICIPAL, max: 2 }] }), SupervisionGroup);
      expect((await byMember())[b1.memberId]).toBe('APPROVED');
      expect(await groups.update(coordinator, group.id, { maxSeats: 2 })).toBeInstanceOf(ValidationError);
    });

    it('withdraws the seats and applications of a member who leaves the network, and gives the freed seats to the waitlist', async () => {
      const full = await newGroup({ minSeats: 1, maxSeats: 1 });
      const other = await newGroup({ minSeats: 1, maxSeats: 1 });
      const applied = await newGroup();
      const refused = await newGroup();
      const leaver = await member('helsingor', 'Gitte Går');
      const next = await member('hillerod', 'Hans Venter');
      const seated = await member('region', 'Ida Bliver');
      expect((await seat(full.id, leaver)).status).toBe(ParticipantStatus.APPROVED);
      expect((await seat(full.id, next)).status).toBe(ParticipantStatus.WAITLISTED);
      expect((await seat(other.id, seated)).status).toBe(ParticipantStatus.APPROVED);
      expect((await seat(other.id, leaver)).status).toBe(ParticipantStatus.WAITLISTED);
      ok(await participants.apply(leaver.ctx, applied.id, null), SupervisionParticipant);
      const rejected = ok(await participants.apply(leaver.ctx, refused.id, null), SupervisionParticipant);
      ok(await participants.decide(coordinator, rejected.id, false), SupervisionParticipant);
      const statusIn = async (groupId: string, who: { memberId: string }) =>
        (
          await sql<{ status: string }>(`SELECT status FROM supervision_participant WHERE group_id = $1 AND member_id = $2`, [
            groupId,
            who.memberId,
          ])
        )[0].status;

      const members = t.context.get(MembersService);
      expect(ok(await members.leave(leaver.ctx, networkId, new Date('2027-01-10T12:00:00Z')), NetworkMember).status).toBe('LEFT');
      expect(await statusIn(full.id, leaver)).toBe('WITHDRAWN');
      expect(await statusIn(other.id, leaver)).toBe('WITHDRAWN');
      expect(await statusIn(applied.id, leaver)).toBe('WITHDRAWN');
      expect(await statusIn(refused.id, leaver)).toBe('REJECTED');
      // Hans was next on the waitlist of the full group: he has the seat now, and is told.
      expect(await statusIn(full.id, next)).toBe('APPROVED');
      expect(await statusIn(other.id, seated)).toBe('APPROVED');
      const freed = (await mails('supervision-application-decided')).filter((m) => m.idempotency_key.includes(':seat:'));
      const hans = await emailOf(next.accountId);
      expect(freed.filter((m) => m.recipients[0] === hans)).toHaveLength(1);
      const withdrawals = await sql<{ entity_type: string }>(
        `SELECT entity_type FROM audit_event WHERE entity_id IN (SELECT id FROM supervision_participant WHERE member_id = $1 AND status = 'WITHDRAWN')`,
        [leaver.memberId],
      );
      expect(withdrawals.filter((a) => a.entity_type === 'SupervisionParticipant').length).toBeGreaterThanOrEqual(3);
      expect(await members.leave(leaver.ctx, networkId)).toBeInstanceOf(NotFoundError);
      // Once gone, the former member cannot apply again.
      expect(await participants.apply(leaver.ctx, full.id, null)).toBeInstanceOf(NotFoundError);
    });

    it('never gives more seats than there are, even when approvals arrive together', async () => {
      const group = await newGroup({ minSeats: 1, maxSeats: 2 });
      const applicants = await Promise.all(
        ['helsingor', 'hillerod', 'region', 'lms', 'helsingor'].map((p) => member(p as keyof typeof party)),
      );
      const applications = [];
      for (const who of applicants) applications.push(ok(await participants.apply(who.ctx, group.id, null), SupervisionParticipant));
      const decided = await Promise.all(applications.map((a) => participants.decide(coordinator, a.id, true)));
      const statuses = decided.map((d) => ok(d, SupervisionParticipant).status);
      expect(statuses.filter((s) => s === ParticipantStatus.APPROVED)).toHaveLength(2);
      expect(statuses.filter((s) => s === ParticipantStatus.WAITLISTED)).toHaveLength(3);
    });

    it('mails a rejection, and lets the rejected apply again at the back of the line', async () => {
      const group = await newGroup();
      const someone = await member('hillerod');
      const applied = ok(await participants.apply(someone.ctx, group.id, null), SupervisionParticipant);
      expect(ok(await participants.decide(coordinator, applied.id, false), SupervisionParticipant).status).toBe('REJECTED');
      expect(await participants.decide(coordinator, applied.id, true)).toBeInstanceOf(ConflictError);
      const address = await emailOf(someone.accountId);
      const rejection = (await mails('supervision-application-decided')).filter((m) => m.recipients[0] === address);
      expect(rejection.map((m) => m.subject)).toEqual([expect.stringContaining('Svar på din ansøgning')]);
      const again = ok(await participants.apply(someone.ctx, group.id, 'Igen'), SupervisionParticipant);
      expect(again.status).toBe('PENDING');
      expect(Number(again.seq)).toBeGreaterThan(Number(applied.seq));
    });
  });

  describe('attendance, hours and the record', () => {
    it('marks attendance once a session has begun, sums hours per group and renders a printable record', async () => {
      const first = await newGroup({ name: 'Supervisionsgruppe: angst', focus: 'Angst', sessionMinutes: 150 });
      const second = await newGroup({
        name: 'Gruppe <b>&</b> "citat"',
        recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
        firstSessionAt: new Date('2027-03-02T12:00:00Z'),
        exceptions: [],
      });
      const psychologist = await member('helsingor', '<Anna & Bo>');
      const other = await member('hillerod');
      const p1 = await seat(first.id, psychologist);
      const p2 = await seat(second.id, psychologist);
      const p3 = await seat(first.id, other);
      const [s1, s2] = await sessionsOf(first.id);
      const [t1] = await sessionsOf(second.id);
      const later = new Date('2027-12-31T12:00:00Z');

      expect(await attendance.mark(coordinator, s1.id, [p1.id], true, new Date('2027-01-01'))).toBeInstanceOf(ConflictError);
      expect(await attendance.mark(psychologist.ctx, s1.id, [p1.id], true, later)).toBeInstanceOf(ForbiddenError);
      const wrong = await attendance.mark(coordinator, s1.id, [p1.id, p2.id], true, later);
      expect((wrong as ValidationError).fieldErrors.map((e) => e.path)).toEqual(['participantIds.1']);
      // Malformed and unknown ids in one answer.
      const several = await attendance.mark(coordinator, s1.id, ['nej', p1.id, p2.id, 'heller-ikke'], true, later);
      expect((several as ValidationError).fieldErrors.map((e) => e.path)).toEqual([
        'participantIds.0',
        'participantIds.2',
        'participantIds.3',
      ]);
      ok(await attendance.mark(coordinator, s1.id, [p1.id, p3.id], true, later), SupervisionSession);
      ok(await attendance.mark(coordinator, s2.id, [p1.id], true, later), SupervisionSession);
      ok(await attendance.mark(coordinator, s2.id, [p3.id], false, later), SupervisionSession);
      ok(await attendance.mark(coordinator, t1.id, [p2.id], true, later), SupervisionSession);

      const hours = await attendance.hours(psychologist.ctx, psychologist.memberId);
      expect(hours).toMatchObject({ sessionsAttended: 3, totalMinutes: 150 + 150 + 180, totalHours: 8, goalHours: 160 });
      expect(hours!.groups.map((g) => [g.groupName, g.sessionsAttended, g.hours])).toEqual([
        ['Supervisionsgruppe: angst', 2, 5],
        ['Gruppe <b>&</b> "citat"', 1, 3],
      ]);
      expect((await attendance.hours(coordinator, other.memberId))?.totalHours).toBe(2.5);
      expect(await attendance.hours(other.ctx, psychologist.memberId)).toBeNull();
      expect(await attendance.hours(new RequestContext(), psychologist.memberId)).toBeNull();

      const html = (await attendance.record(psychologist.ctx, psychologist.memberId, new Date('2028-01-05T10:00:00Z')))!;
      expect(html).toContain('<html lang="da">');
      expect(html).toContain('@media print');
      expect(html).toContain('&lt;Anna &amp; Bo&gt;');
      expect(html).not.toContain('<Anna');
      expect(html).toContain('Gruppe &lt;b&gt;&amp;&lt;/b&gt; &quot;citat&quot;');
      expect(html).toContain('Livsmod');
      expect(html).toContain('Mette Skovgaard, autoriseret psykolog');
      expect(html).toContain('I alt 8 timer supervision');
      expect(html).toContain('160 timers supervision');
      expect(html).toContain('tirsdag den 2. februar 2027');
      expect(html).toContain('13.00–15.30');
      expect(html).toContain('2 timer 30 min.');
      expect(await attendance.record(other.ctx, psychologist.memberId)).toBeNull();
    });
  });

  describe('reminders and retention', () => {
    it('reminds each participant with a seat once before each session, also through the job with a later `at`', async () => {
      const group = await newGroup({
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
        firstSessionAt: new Date('2027-06-01T07:00:00Z'),
        exceptions: [],
        name: 'Påmindelsesgruppe',
      });
      const seated = await member('region');
      const waiting = await member('region');
      await seat(group.id, seated);
      ok(await participants.apply(waiting.ctx, group.id, null), SupervisionParticipant);
      const [first, second] = await sessionsOf(group.id);
      const jobs = t.context.get(SupervisionJobs);
      const reminders = async () => (await mails('supervision-session-reminder')).filter((m) => m.subject.includes('Påmindelsesgruppe'));

      expect(await jobs.sendReminders(new Date(first.startsAt.getTime() - 25 * HOUR))).toBe(0);
      expect(await jobs.sendReminders(new Date(first.startsAt.getTime() - 23 * HOUR))).toBe(1);
      expect(await jobs.sendReminders(new Date(first.startsAt.getTime() - 22 * HOUR))).toBe(0);
      const [mail] = await reminders();
      expect(mail.recipients).toEqual([await emailOf(seated.accountId)]);
      expect(mail.text).toContain('tirsdag den 1. juni 2027 kl. 09.00–12.00');
      expect(mail.text).toContain('Møde: 1 af 3');
      const [row] = await sql<{ reminder_sent_at: Date | null }>(`SELECT reminder_sent_at FROM supervision_session WHERE id = $1`, [
        first.id,
      ]);
      expect(row.reminder_sent_at).not.toBeNull();

      // The cron job's handler, run as of the day before the second session.
      await t.context
        .get(JobQueue)
        .enqueue(null, SUPERVISION_REMINDERS_JOB, { at: new Date(second.startsAt.getTime() - 20 * HOUR).toISOString() });
      const deadline = Date.now() + 20_000;
      while ((await reminders()).length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await reminders()).map((m) => m.text.includes('Møde: 2 af 3'))).toEqual([false, true]);
    });

    it('reminds no one whose membership of the network has ended', async () => {
      const group = await newGroup({
        recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2',
        firstSessionAt: new Date('2027-09-07T07:00:00Z'),
        exceptions: [],
        name: 'Medlemsgruppe',
      });
      const stays = await member('helsingor');
      const leaves = await member('hillerod');
      const ended = await member('region');
      for (const who of [stays, leaves, ended]) expect((await seat(group.id, who)).status).toBe(ParticipantStatus.APPROVED);
      ok(await t.context.get(MembersService).leave(leaves.ctx, networkId), NetworkMember);
      // A membership that ended without its seat being given up (as data from before this rule) is skipped too.
      await sql(`UPDATE network_member SET status = 'LEFT' WHERE id = $1`, [ended.memberId]);
      const [first] = await sessionsOf(group.id);
      await t.context.get(SupervisionJobs).sendReminders(new Date(first.startsAt.getTime() - 23 * HOUR));
      const reminded = (await mails('supervision-session-reminder')).filter((m) => m.subject.includes('Medlemsgruppe'));
      expect(reminded.map((m) => m.recipients[0])).toEqual([await emailOf(stays.accountId)]);
    });

    it('deletes participants and attendance of groups whose last session ended more than the retention period ago', async () => {
      const group = await newGroup({ recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2', exceptions: [] });
      const someone = await member('lms');
      const participant = await seat(group.id, someone);
      const sessions = await sessionsOf(group.id);
      ok(await attendance.mark(coordinator, sessions[0].id, [participant.id], true, sessions[1].endsAt), SupervisionSession);
      const lastEnd = sessions[1].endsAt.getTime();
      const retention = 3 * 365 * DAY;
      const count = async () =>
        (await sql<{ n: string }>(`SELECT count(*) AS n FROM supervision_participant WHERE group_id = $1`, [group.id]))[0].n;

      const jobs = t.context.get(SupervisionJobs);
      // Sent mails to the participant are deleted with them (queued ones are left to be sent).
      const sent = () => sql(`SELECT 1 FROM mail_message WHERE idempotency_key LIKE $1 AND status = 'SENT'`, [`%${participant.id}%`]);
      await sql(`UPDATE mail_message SET status = 'SENT' WHERE idempotency_key LIKE $1`, [`%${participant.id}%`]);
      expect((await sent()).length).toBe(1);
      await jobs.eraseParticipants(new Date(lastEnd + retention - DAY));
      expect(await count()).toBe('1');
      expect(await jobs.eraseParticipants(new Date(lastEnd + retention + DAY))).toBeGreaterThanOrEqual(1);
      expect(await count()).toBe('0');
      expect(await sql(`SELECT 1 FROM supervision_attendance WHERE participant_id = $1`, [participant.id])).toEqual([]);
      expect(await sent()).toEqual([]);
      expect((await attendance.hours(someone.ctx, someone.memberId))?.totalHours).toBe(0);
      expect((await sessionsOf(group.id)).length).toBe(2);
    });
  });
});
