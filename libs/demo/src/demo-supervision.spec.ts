import { RequestContext } from '#core';
import { SupervisionAttendanceService, SupervisionGroupsService, copenhagenDate, wallClockOf } from '#network';
import { createTestContext, type TestContext } from '#testing';
import { seedDemoSupervision } from './demo-supervision.js';

describe('demo supervision groups', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext({ demo: true });
  });
  afterAll(() => t.close());

  it('creates the two Livsmod groups with a year of sessions, participants and attendance at the sessions held', async () => {
    const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
    const [network] = await sql<{ id: string }>(`SELECT id FROM network WHERE name = 'Livsmod'`);
    const members = await sql<{ id: string; account_id: string }>(
      `SELECT id, account_id FROM network_member WHERE network_id = $1 AND status = 'APPROVED' ORDER BY applied_at, id LIMIT 8`,
      [network.id],
    );
    // The seeder made the groups already (as of today); make them again as of a fixed day.
    await sql(`DELETE FROM supervision_group WHERE network_id = $1`, [network.id]);
    const now = new Date('2027-01-15T10:00:00Z');
    const report = await t.database.dataSource.transaction((manager) =>
      seedDemoSupervision(
        manager,
        network.id,
        members.map((m) => m.id),
        now,
      ),
    );
    expect(report.groups).toBe(2);

    const coordinator = new RequestContext({
      kind: 'account',
      accountId: members[0].account_id,
      grants: [{ role: 'NETWORK_COORDINATOR', networkId: network.id }],
    });
    const groups = (await t.context.get(SupervisionGroupsService).list(coordinator, network.id, {})).edges.map((e) => e.node);
    expect(groups.map((g) => g.name).sort()).toEqual([
      'Supervisionsgruppe: angst',
      'Supervisionsgruppe: selvmordstruede og selvskadende adfærd',
    ]);
    expect(groups.every((g) => g.isDemo && g.facilitatorName.includes('(demo)') && g.facilitatorEmail!.endsWith('@example.org'))).toBe(
      true,
    );
    const sessions = await sql<{ starts_at: Date; name: string }>(
      `SELECT s.starts_at, g.name FROM supervision_session s JOIN supervision_group g ON g.id = s.group_id ORDER BY s.starts_at`,
    );
    expect(sessions.length).toBe(report.sessions);
    expect(sessions.some((s) => copenhagenDate(new Date(s.starts_at)).slice(5, 7) === '07')).toBe(false);
    const anxiety = sessions.filter((s) => s.name === 'Supervisionsgruppe: angst').map((s) => wallClockOf(new Date(s.starts_at)));
    expect(anxiety.every((w) => w.hour === 12 && w.minute === 30 && w.day >= 8 && w.day <= 14)).toBe(true);

    const hours = await t.context.get(SupervisionAttendanceService).hours(coordinator, members[0].id);
    expect(hours!.totalHours).toBeGreaterThan(0);
  });
});
