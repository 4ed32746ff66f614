import { AccountsService } from '#auth';
import { RequestContext } from '#core';
import { Sector } from '#directory';
import { ADMIN_CTX, createModuleContext, makeOrganisation, makeUnit, ok, type TestContext, testNetworkConfig } from '#testing';
import { NetworkModule } from '../network.module.js';
import { MembersService } from './members.service.js';
import { Network, NetworkMember, NetworkParty } from './network.entity.js';
import { NetworksService } from './networks.service.js';

/** Names whose order depends on the collation: Danish letters, case, accents, and two people of one name. */
const NAMES = ['Øjvind', 'anna', 'Åse', 'Anna', 'Ærø', 'Zoë', 'Bo', 'bo', 'Émile', 'Anna'];

describe('the order of members and parties (names from auth and directory)', () => {
  let t: TestContext;
  let networks: NetworksService;
  let members: MembersService;
  let seq = 0;
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);

  beforeAll(async () => {
    t = await createModuleContext({ imports: [NetworkModule.forRoot(testNetworkConfig())] });
    networks = t.context.get(NetworksService);
    members = t.context.get(MembersService);
  });
  afterAll(() => t.close());

  it('lists members by name as the database orders names, then by id, the same across pages', async () => {
    const network = ok(await networks.create(ADMIN_CTX, { name: 'Ordnet' }), Network);
    const org = (await makeOrganisation(t.context, { name: 'Ordkommune', municipalityCode: '0101' })).id;
    const party = ok(await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: org }), NetworkParty);
    for (const name of NAMES) {
      const account = await t.context.get(AccountsService).create({ email: `order-${++seq}@example.org`, displayName: name });
      const applied = ok(
        await members.apply(new RequestContext({ kind: 'account', accountId: account.id, grants: [] }), {
          networkId: network.id,
          partyId: party.id,
        }),
        NetworkMember,
      );
      ok(await members.decide(ADMIN_CTX, applied.id, true), NetworkMember);
    }
    const expected = await sql<{ id: string }>(
      `SELECT m.id FROM network_member m JOIN account a ON a.id = m.account_id WHERE m.network_id = $1 ORDER BY a.display_name, m.id`,
      [network.id],
    );
    const all = await members.list(ADMIN_CTX, network.id, {}, { first: 100 });
    expect(all.totalCount).toBe(NAMES.length);
    expect(all.edges.map((e) => e.node.id)).toEqual(expected.map((r) => r.id));
    const first = await members.list(ADMIN_CTX, network.id, {}, { first: 4 });
    const rest = await members.list(ADMIN_CTX, network.id, {}, { first: 100, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(expected.map((r) => r.id));
    expect(rest.edges[0].cursor).toBe(all.edges[4].cursor);
  });

  it('lists parties by kind, then organisation and unit name as the database orders them', async () => {
    const network = ok(await networks.create(ADMIN_CTX, { name: 'Partnet' }), Network);
    const region = await makeOrganisation(t.context, {
      name: 'Region Ø',
      sector: Sector.REGIONAL,
      municipalityCode: null,
      region: 'hovedstaden',
    });
    for (const name of ['Øster', 'anden', 'Åby', 'Bæk']) {
      const unit = await makeUnit(t.context, { organisationId: region.id, name });
      await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: region.id, unitId: unit.id });
    }
    const codes = ['0147', '0151', '0153'];
    for (const [i, name] of ['Ærø Kommune', 'Aabenraa Kommune', 'århus Kommune'].entries()) {
      const org = await makeOrganisation(t.context, { name, municipalityCode: codes[i] });
      await networks.addParty(ADMIN_CTX, { networkId: network.id, organisationId: org.id });
    }
    const expected = await sql<{ id: string }>(
      `SELECT p.id FROM network_party p JOIN organisation o ON o.id = p.organisation_id LEFT JOIN unit u ON u.id = p.unit_id
        WHERE p.network_id = $1 ORDER BY p.kind, o.name, u.name`,
      [network.id],
    );
    const parties = await networks.partiesOf(new RequestContext(), network.id);
    expect(parties.map((p) => p.id)).toEqual(expected.map((r) => r.id));
  });
});
