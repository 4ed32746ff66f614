import { AccountsService } from '#auth';
import { Outbox, RequestContext, TransactionalEvents } from '#core';
import { ADMIN_CTX, createTestContext, makeOrganisation, ok, type TestContext } from '#testing';
import { MembersService } from './networks/members.service.js';
import { MemberStatus, Network, NetworkMember, NetworkParty } from './networks/network.entity.js';
import { NetworksService } from './networks/networks.service.js';

/** An event heard after commit, with its name. */
type Heard = { name: string; [field: string]: unknown };

describe("the network's events", () => {
  let t: TestContext;
  let members: MembersService;
  let networkId: string;
  let partyId: string;
  let seq = 0;
  const committed: Heard[] = [];
  /** What the after-commit subscribers had heard when the event was published, inside the transaction. */
  const heardWhenPublished: number[] = [];
  const refused = new Set<string>();

  const applicant = async () => {
    const account = await t.context.get(AccountsService).create({ email: `ansoger-${++seq}@example.org`, displayName: `Ansøger ${seq}` });
    const ctx = new RequestContext({ kind: 'account', accountId: account.id, grants: [] });
    return { ctx, member: ok(await members.apply(ctx, { networkId, partyId }), NetworkMember) };
  };
  const memberStatus = async (id: string) => (await t.database.dataSource.getRepository(NetworkMember).findOneByOrFail({ id })).status;
  const mailQueued = (member: NetworkMember) =>
    t.context.get(Outbox).wasQueued(t.database.dataSource.manager, `network-membership:${member.id}:${member.appliedAt.toISOString()}`);

  beforeAll(async () => {
    t = await createTestContext();
    members = t.context.get(MembersService);
    const networks = t.context.get(NetworksService);
    const organisation = await makeOrganisation(t.context, { name: 'Eventkommunen', municipalityCode: '0101' });
    networkId = ok(await networks.create(ADMIN_CTX, { name: 'Eventnetværket', contactEmail: 'netvaerk@example.org' }), Network).id;
    partyId = ok(await networks.addParty(ADMIN_CTX, { networkId, organisationId: organisation.id }), NetworkParty).id;
    const events = t.context.get(TransactionalEvents);
    for (const name of ['NetworkMemberApplied', 'NetworkMembershipDecided', 'NetworkMemberLeft'] as const) {
      events.onCommitted(name, async (payload) => {
        committed.push({ name, ...payload });
      });
    }
    events.inTransaction('NetworkMembershipDecided', async (_manager, { memberId }) => {
      heardWhenPublished.push(committed.filter((e) => e.name === 'NetworkMembershipDecided' && e.memberId === memberId).length);
      if (refused.has(memberId)) throw new Error('afvist af en lytter i transaktionen');
    });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    committed.length = 0;
    heardWhenPublished.length = 0;
  });

  it('hands a decision on membership to after-commit subscribers once it has committed, with its mail stored', async () => {
    const { ctx, member } = await applicant();
    ok(await members.decide(ADMIN_CTX, member.id, true), NetworkMember);
    const accountId = ctx.accountId!;
    expect(committed).toEqual([
      { name: 'NetworkMemberApplied', memberId: member.id, networkId, accountId },
      { name: 'NetworkMembershipDecided', memberId: member.id, networkId, accountId, approved: true },
    ]);
    expect(heardWhenPublished).toEqual([0]);
    expect(await mailQueued(member)).toBe(true);
  });

  it('tells no after-commit subscriber of a change whose transaction rolled back', async () => {
    const { member } = await applicant();
    ok(await members.decide(ADMIN_CTX, member.id, true), NetworkMember);
    committed.length = 0;
    const approved = await t.database.dataSource.getRepository(NetworkMember).findOneByOrFail({ id: member.id });
    await expect(
      t.database.dataSource.transaction(async (manager) => {
        await members.leaveIn(manager, ADMIN_CTX, approved, new Date());
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(committed).toEqual([]);
    expect(await memberStatus(member.id)).toBe(MemberStatus.APPROVED);
  });

  it('stores no mail and tells nobody when an in-transaction handler fails: the decision is undone', async () => {
    const { member } = await applicant();
    committed.length = 0;
    refused.add(member.id);
    await expect(members.decide(ADMIN_CTX, member.id, false)).rejects.toThrow('afvist af en lytter i transaktionen');
    expect(committed).toEqual([]);
    expect(await memberStatus(member.id)).toBe(MemberStatus.PENDING);
    expect(await mailQueued(member)).toBe(false);
  });
});
