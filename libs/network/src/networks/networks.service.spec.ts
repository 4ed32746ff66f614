import { AccountsService } from '#auth';
import { NetworkModule } from '../network.module.js';
import { ConflictError, Deleted, ForbiddenError, NotFoundError, RequestContext, ValidationError, BadInputError } from '#core';
import { Sector } from '#directory';
import { ADMIN_CTX, createModuleContext, makeOrganisation, makeUnit, ok, type TestContext, testNetworkConfig } from '#testing';
import { MembersService } from './members.service.js';
import { MemberKind, MemberStatus, Network, NetworkMember, NetworkParty, PartyKind } from './network.entity.js';
import { NetworksService } from './networks.service.js';

const MISSING_ID = '7d2c9c1e-5b0a-4f4e-9a53-2f1d7c0b9e11';

function viewer(accountId: string, grants: { role: string; networkId?: string }[] = []): RequestContext {
  return new RequestContext({ kind: 'account', accountId, grants });
}

describe('NetworksService and MembersService', () => {
  let t: TestContext;
  let networks: NetworksService;
  let members: MembersService;
  const orgs: Record<'helsingor' | 'hillerod' | 'region' | 'lms' | 'state', string> = {} as never;
  let regionalUnit: string;
  let otherUnit: string;
  let seq = 0;

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
  const account = async (name: string) =>
    (await t.context.get(AccountsService).create({ email: `${name.toLowerCase()}-${++seq}@example.org`, displayName: name })).id;
  const newNetwork = async (name = `Netværk ${++seq}`) => ok(await networks.create(ADMIN_CTX, { name }), Network);
  const addParty = async (networkId: string, organisationId: string, unitId?: string) =>
    ok(await networks.addParty(ADMIN_CTX, { networkId, organisationId, unitId }), NetworkParty);
  /** An approved member of the party (applied, then approved by an administrator). */
  const approvedMember = async (networkId: string, partyId: string, name: string) => {
    const accountId = await account(name);
    const applied = ok(await members.apply(viewer(accountId), { networkId, partyId }), NetworkMember);
    ok(await members.decide(ADMIN_CTX, applied.id, true), NetworkMember);
    return { accountId, memberId: applied.id, ctx: viewer(accountId) };
  };

  beforeAll(async () => {
    t = await createModuleContext({ imports: [NetworkModule.forRoot(testNetworkConfig())] });
    networks = t.context.get(NetworksService);
    members = t.context.get(MembersService);
    orgs.helsingor = (await makeOrganisation(t.context, { name: 'Helsingør Kommune', municipalityCode: '0217' })).id;
    orgs.hillerod = (await makeOrganisation(t.context, { name: 'Hillerød Kommune', municipalityCode: '0219' })).id;
    orgs.region = (
      await makeOrganisation(t.context, {
        name: 'Region Hovedstaden',
        sector: Sector.REGIONAL,
        municipalityCode: null,
        region: 'hovedstaden',
      })
    ).id;
    orgs.lms = (await makeOrganisation(t.context, { name: 'LMS', sector: Sector.CIVIL_SOCIETY, municipalityCode: null })).id;
    orgs.state = (await makeOrganisation(t.context, { name: 'Sundhedsstyrelsen', sector: Sector.STATE, municipalityCode: null })).id;
    regionalUnit = (await makeUnit(t.context, { organisationId: orgs.region, name: 'Psykiatrisk Center Nordsjælland' })).id;
    otherUnit = (await makeUnit(t.context, { organisationId: orgs.helsingor, name: 'PPR' })).id;
  });
  afterAll(() => t.close());

  describe('create and update', () => {
    it('lets administrators create a network, with an audit event', async () => {
      const created = ok(await networks.create(ADMIN_CTX, { name: 'Livsmod', contactEmail: 'Livsmod@Example.org' }), Network);
      expect(created).toMatchObject({ name: 'Livsmod', contactEmail: 'livsmod@example.org', description: null });
      const [audit] = await sql<{ action: string }>(`SELECT action FROM audit_event WHERE entity_id = $1`, [created.id]);
      expect(audit.action).toBe('CREATE');
    });

    it('refuses everyone else, anonymous callers too', async () => {
      const coordinator = viewer(await account('Koordinator'), [{ role: 'NETWORK_COORDINATOR', networkId: MISSING_ID }]);
      for (const ctx of [new RequestContext(), viewer(await account('Fagperson')), coordinator]) {
        expect(await networks.create(ctx, { name: 'Uofficielt netværk' })).toBeInstanceOf(ForbiddenError);
      }
      expect(await sql(`SELECT 1 FROM network WHERE name = 'Uofficielt netværk'`)).toEqual([]);
    });

    it('checks the fields and refuses a name in use, whatever its case', async () => {
      const invalid = await networks.create(ADMIN_CTX, { name: ' ', contactEmail: 'ikke-en-adresse' });
      expect(invalid).toBeInstanceOf(ValidationError);
      expect((invalid as ValidationError).fieldErrors.map((e) => e.path).sort()).toEqual(['input.contactEmail', 'input.name']);
      await newNetwork('Nordnet');
      expect(await networks.create(ADMIN_CTX, { name: 'NORDNET' })).toBeInstanceOf(ConflictError);
    });

    it("lets the network's coordinators change it, and no other network's", async () => {
      const network = await newNetwork();
      const own = viewer(await account('Egen'), [{ role: 'NETWORK_COORDINATOR', networkId: network.id }]);
      const other = viewer(await account('Anden'), [{ role: 'NETWORK_COORDINATOR', networkId: MISSING_ID }]);
      expect(await networks.update(other, network.id, { description: 'Nej' })).toBeInstanceOf(ForbiddenError);
      expect(ok(await networks.update(own, network.id, { description: 'Ja' }), Network).description).toBe('Ja');
      expect(await networks.update(own, MISSING_ID, { description: 'Ja' })).toBeInstanceOf(NotFoundError);
      expect(await networks.update(ADMIN_CTX, network.id, { name: 'Nordnet' })).toBeInstanceOf(ConflictError);
    });
  });

  describe('parties', () => {
    it('makes a municipality, a regional unit and a volunteer organisation parties of the right kind', async () => {
      const network = await newNetwork();
      const municipality = await addParty(network.id, orgs.helsingor);
      const regional = await addParty(network.id, orgs.region, regionalUnit);
      const volunteer = await addParty(network.id, orgs.lms);
      expect([municipality.kind, regional.kind, volunteer.kind]).toEqual([
        PartyKind.MUNICIPALITY,
        PartyKind.REGIONAL_UNIT,
        PartyKind.VOLUNTEER_ORGANISATION,
      ]);
      expect(regional.unitId).toBe(regionalUnit);
      expect(municipality.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const parties = await networks.partiesOf(new RequestContext(), network.id);
      expect(parties.map((p) => p.kind)).toEqual([PartyKind.MUNICIPALITY, PartyKind.REGIONAL_UNIT, PartyKind.VOLUNTEER_ORGANISATION]);
    });

    it('refuses a state body, a duplicate, a unit of another organisation and unknown records', async () => {
      const network = await newNetwork();
      await addParty(network.id, orgs.helsingor);
      await addParty(network.id, orgs.region, regionalUnit);
      const state = await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: orgs.state });
      expect(state).toBeInstanceOf(ValidationError);
      expect((state as ValidationError).fieldErrors[0].message).toMatch(/kommune, en regional enhed eller en frivillig organisation/);
      // A state body with a unit of another organisation: both fields in one answer.
      const both = await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: orgs.state, unitId: otherUnit });
      expect((both as ValidationError).fieldErrors.map((e) => e.path)).toEqual(['input.organisationId', 'input.unitId']);
      expect(await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: orgs.helsingor })).toBeInstanceOf(ConflictError);
      expect(
        await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: orgs.region, unitId: regionalUnit }),
      ).toBeInstanceOf(ConflictError);
      expect(await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: orgs.region, unitId: otherUnit })).toBeInstanceOf(
        ValidationError,
      );
      expect(await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: MISSING_ID })).toBeInstanceOf(NotFoundError);
      expect(await networks.addParty(ADMIN_CTX, { networkId: MISSING_ID, organisationId: orgs.lms })).toBeInstanceOf(NotFoundError);
      expect(await networks.partiesOf(new RequestContext(), network.id)).toHaveLength(2);
    });

    it("lets only the network's coordinators add and remove parties", async () => {
      const network = await newNetwork();
      const coordinator = viewer(await account('Tovholder'), [{ role: 'NETWORK_COORDINATOR', networkId: network.id }]);
      expect(await networks.addParty(viewer(await account('Fremmed')), { networkId: network.id, organisationId: orgs.lms })).toBeInstanceOf(
        ForbiddenError,
      );
      const party = ok(await networks.addParty(coordinator, { networkId: network.id, organisationId: orgs.lms }), NetworkParty);
      expect(await networks.removeParty(new RequestContext(), party.id)).toBeInstanceOf(ForbiddenError);
      expect(await networks.removeParty(coordinator, party.id)).toBeInstanceOf(Deleted);
      expect(await networks.removeParty(coordinator, party.id)).toBeInstanceOf(NotFoundError);
    });

    it('keeps a party that still has approved members', async () => {
      const network = await newNetwork();
      const party = await addParty(network.id, orgs.helsingor);
      await approvedMember(network.id, party.id, 'Medlem');
      const refused = await networks.removeParty(ADMIN_CTX, party.id);
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).message).toContain('1 medlemmer');
    });

    it("follows the 2027 merger: Helsingør and Region Hovedstaden's unit are in Region Østdanmark from 2027", async () => {
      const network = await newNetwork();
      const municipality = await addParty(network.id, orgs.helsingor);
      const regional = await addParty(network.id, orgs.region, regionalUnit);
      const volunteer = await addParty(network.id, orgs.lms);
      const ctx = new RequestContext();
      for (const party of [municipality, regional]) {
        expect((await networks.regionOfParty(ctx, party, '2026-12-31'))?.name).toBe('Region Hovedstaden');
        expect((await networks.regionOfParty(ctx, party, '2027-02-01'))?.name).toBe('Region Østdanmark');
      }
      expect(await networks.regionOfParty(ctx, volunteer, '2027-02-01')).toBeNull();
    });
  });

  describe('coordinators', () => {
    it('lets administrators make an account coordinator, once, and take it back', async () => {
      const network = await newNetwork();
      const accountId = await account('Tovholder');
      ok(await networks.setCoordinator(ADMIN_CTX, network.id, accountId, true), Network);
      ok(await networks.setCoordinator(ADMIN_CTX, network.id, accountId, true), Network);
      const grants = () =>
        sql(`SELECT 1 FROM role_grant WHERE account_id = $1 AND role = 'NETWORK_COORDINATOR' AND network_id = $2`, [accountId, network.id]);
      expect(await grants()).toHaveLength(1);
      expect(await networks.coordinatorNames(network.id)).toEqual(['Tovholder']);
      const coordinator = viewer(accountId, [{ role: 'NETWORK_COORDINATOR', networkId: network.id }]);
      expect(await networks.setCoordinator(coordinator, network.id, await account('Ven'), true)).toBeInstanceOf(ForbiddenError);
      expect(await networks.setCoordinator(ADMIN_CTX, network.id, MISSING_ID, true)).toBeInstanceOf(NotFoundError);
      ok(await networks.setCoordinator(ADMIN_CTX, network.id, accountId, false), Network);
      expect(await grants()).toHaveLength(0);
    });
  });

  describe('members', () => {
    let network: Network;
    let helsingor: NetworkParty;
    let region: NetworkParty;
    let keyPerson: { accountId: string; memberId: string; ctx: RequestContext };
    let regionKeyPerson: { accountId: string; memberId: string; ctx: RequestContext };

    beforeAll(async () => {
      network = await newNetwork('Medlemsnetværket');
      helsingor = await addParty(network.id, orgs.helsingor);
      region = await addParty(network.id, orgs.region, regionalUnit);
      keyPerson = await approvedMember(network.id, helsingor.id, 'Nøgle Helsingør');
      regionKeyPerson = await approvedMember(network.id, region.id, 'Nøgle Region');
      for (const m of [keyPerson, regionKeyPerson])
        ok(await members.setRoles(ADMIN_CTX, { memberId: m.memberId, isKeyPerson: true }), NetworkMember);
    });

    it('takes applications from signed-in accounts only, one at a time', async () => {
      expect(await members.apply(new RequestContext(), { networkId: network.id, partyId: helsingor.id })).toBeInstanceOf(ForbiddenError);
      const ctx = viewer(await account('Ansøger'));
      const applied = ok(await members.apply(ctx, { networkId: network.id, partyId: helsingor.id, jobTitle: 'Psykolog' }), NetworkMember);
      expect(applied).toMatchObject({
        status: MemberStatus.PENDING,
        kind: MemberKind.PROFESSIONAL,
        jobTitle: 'Psykolog',
        isKeyPerson: false,
      });
      expect(await members.apply(ctx, { networkId: network.id, partyId: helsingor.id })).toBeInstanceOf(ConflictError);
      expect(await members.apply(ctx, { networkId: network.id, partyId: MISSING_ID })).toBeInstanceOf(NotFoundError);
      const otherNetwork = await newNetwork();
      expect(await members.apply(viewer(await account('X')), { networkId: otherNetwork.id, partyId: helsingor.id })).toBeInstanceOf(
        NotFoundError,
      );
      expect(await members.apply(ctx, { networkId: 'nej', partyId: helsingor.id })).toBeInstanceOf(ValidationError);
    });

    it("is decided by the party's key person, not by another party's, and the applicant gets a mail", async () => {
      const accountId = await account('Lærke');
      const applied = ok(await members.apply(viewer(accountId), { networkId: network.id, partyId: helsingor.id }), NetworkMember);
      expect(await members.decide(regionKeyPerson.ctx, applied.id, true)).toBeInstanceOf(ForbiddenError);
      expect(await members.decide(viewer(accountId), applied.id, true)).toBeInstanceOf(ForbiddenError);
      const approved = ok(await members.decide(keyPerson.ctx, applied.id, true), NetworkMember);
      expect(approved).toMatchObject({ status: MemberStatus.APPROVED, decidedBy: keyPerson.accountId });
      expect(await members.decide(keyPerson.ctx, applied.id, false)).toBeInstanceOf(ConflictError);
      const mails = await sql<{ subject: string }>(
        `SELECT m.subject FROM mail_message m JOIN account a ON a.email = ANY(m.recipients) WHERE a.id = $1`,
        [accountId],
      );
      expect(mails.map((m) => m.subject)).toEqual(['Du er nu medlem af Medlemsnetværket']);
    });

    it('rejects, tells the applicant, and takes a new application afterwards', async () => {
      const accountId = await account('Afvist');
      const ctx = viewer(accountId);
      const applied = ok(await members.apply(ctx, { networkId: network.id, partyId: region.id }), NetworkMember);
      const rejected = ok(await members.decide(regionKeyPerson.ctx, applied.id, false), NetworkMember);
      expect(rejected.status).toBe(MemberStatus.REJECTED);
      const mails = await sql<{ subject: string }>(
        `SELECT m.subject FROM mail_message m JOIN account a ON a.email = ANY(m.recipients) WHERE a.id = $1`,
        [accountId],
      );
      expect(mails.map((m) => m.subject)).toEqual(['Din ansøgning til Medlemsnetværket']);
      const again = ok(await members.apply(ctx, { networkId: network.id, partyId: helsingor.id }), NetworkMember);
      expect(again).toMatchObject({ id: applied.id, status: MemberStatus.PENDING, partyId: helsingor.id, decidedAt: null });
    });

    it('gives roles to approved members only, and only coordinators give them', async () => {
      const pending = ok(
        await members.apply(viewer(await account('Venter')), { networkId: network.id, partyId: helsingor.id }),
        NetworkMember,
      );
      expect(await members.setRoles(ADMIN_CTX, { memberId: pending.id, isKeyPerson: true })).toBeInstanceOf(ConflictError);
      expect(await members.setRoles(keyPerson.ctx, { memberId: regionKeyPerson.memberId, inSteeringGroup: true })).toBeInstanceOf(
        ForbiddenError,
      );
      const coordinator = viewer(await account('Tovholder'), [{ role: 'NETWORK_COORDINATOR', networkId: network.id }]);
      const member = ok(await members.setRoles(coordinator, { memberId: regionKeyPerson.memberId, inSteeringGroup: true }), NetworkMember);
      expect(member).toMatchObject({ isKeyPerson: true, inSteeringGroup: true });
    });

    it('shows coordinators everything, key persons their party’s applications, members the approved, others nothing', async () => {
      const fresh = await newNetwork('Synlighed');
      const party = await addParty(fresh.id, orgs.hillerod);
      const other = await addParty(fresh.id, orgs.lms);
      const key = await approvedMember(fresh.id, party.id, 'Nøgle');
      ok(await members.setRoles(ADMIN_CTX, { memberId: key.memberId, isKeyPerson: true }), NetworkMember);
      const plain = await approvedMember(fresh.id, other.id, 'Almindelig');
      ok(await members.apply(viewer(await account('Ny Hillerød')), { networkId: fresh.id, partyId: party.id }), NetworkMember);
      ok(await members.apply(viewer(await account('Ny LMS')), { networkId: fresh.id, partyId: other.id }), NetworkMember);
      const coordinator = viewer(await account('Tovholder'), [{ role: 'NETWORK_COORDINATOR', networkId: fresh.id }]);
      const count = async (ctx: RequestContext, status?: MemberStatus) => (await members.list(ctx, fresh.id, { status }, {})).totalCount;

      expect([await count(coordinator), await count(coordinator, MemberStatus.PENDING)]).toEqual([2, 2]);
      expect([await count(key.ctx), await count(key.ctx, MemberStatus.PENDING)]).toEqual([2, 1]);
      expect([await count(plain.ctx), await count(plain.ctx, MemberStatus.PENDING)]).toEqual([2, 0]);
      expect([await count(new RequestContext()), await count(viewer(await account('Udenfor')))]).toEqual([0, 0]);
      expect((await members.list(coordinator, fresh.id, { keyPersonsOnly: true }, {})).edges.map((e) => e.node.id)).toEqual([key.memberId]);
      await expect(members.list(coordinator, 'nej', {}, {})).rejects.toBeInstanceOf(BadInputError);

      const ctx = new RequestContext();
      expect([await members.memberCount(ctx, party.id), await members.memberCount(ctx, other.id)]).toEqual([1, 1]);
    });

    it('lets a member leave, after which the count drops and the party may go', async () => {
      const fresh = await newNetwork();
      const party = await addParty(fresh.id, orgs.lms);
      const member = await approvedMember(fresh.id, party.id, 'Går');
      expect(await members.leave(new RequestContext(), fresh.id)).toBeInstanceOf(ForbiddenError);
      expect(await members.leave(viewer(await account('Aldrig medlem')), fresh.id)).toBeInstanceOf(NotFoundError);
      expect(ok(await members.leave(member.ctx, fresh.id), NetworkMember).status).toBe(MemberStatus.LEFT);
      expect(await members.memberCount(new RequestContext(), party.id)).toBe(0);
      expect(await networks.removeParty(ADMIN_CTX, party.id)).toBeInstanceOf(Deleted);
    });
  });
});
