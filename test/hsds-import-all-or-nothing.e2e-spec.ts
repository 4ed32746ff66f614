import { DataSource } from 'typeorm';
import { AccountsService, Role } from '#auth';
import { RequestContext } from '#core';
import { HsdsImport, writePackage, TABLE_NAMES, type Row, type Tables } from '#hsds';
import { startTestApp, type TestApp } from './support/test-app.js';

const ORG = '0b6f3c8e-5a43-4c8e-9d4a-1f0f3c2b7a01';
const service = (n: number, extra: Row = {}): Row => ({
  id: `0b6f3c8e-5a43-4c8e-9d4a-1f0f3c2b7b${String(n).padStart(2, '0')}`,
  organization_id: ORG,
  name: `Samtaletilbud ${n}`,
  description: 'Samtaler for unge.',
  status: 'active',
  ...extra,
});

/** A small package: one organisation, a contact with a phone, and `services` (the bad one last). */
function pack(services: Row[], contact: Row = {}): Uint8Array {
  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as Tables;
  tables.organization = [{ id: ORG, name: 'Ungeforeningen Import', description: 'Frivillige for unge.' }];
  tables.contact = [{ id: '0b6f3c8e-5a43-4c8e-9d4a-1f0f3c2b7c01', organization_id: ORG, name: 'Rådgivningen', ...contact }];
  tables.phone = [{ id: '0b6f3c8e-5a43-4c8e-9d4a-1f0f3c2b7d01', contact_id: tables.contact[0].id, number: '70 20 20 20', type: 'voice' }];
  tables.service = services;
  return writePackage(tables, new Date('2026-12-01T08:00:00Z'));
}

/**
 * The HSDS import is all or nothing (issue 18): a package whose last record is refused (CPR-like text, a record
 * of an organisation the package does not have) leaves every table exactly as it was, with a Danish error
 * naming the file and row, on PGlite and (through `npm run test:pg`) on PostgreSQL.
 */
describe('HSDS import: one transaction', () => {
  let t: TestApp;
  let ctx: RequestContext;

  /** Rows in every table of the database, by table. */
  async function snapshot(): Promise<Record<string, number>> {
    const dataSource = t.app.get(DataSource);
    const tables: { name: string }[] = await dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((await dataSource.query(`SELECT count(*) AS n FROM "${name}"`))[0].n);
    return counts;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.app.get(AccountsService).create({
      email: 'import@example.org',
      displayName: 'Import',
      password: 'import-password-1',
      grants: [{ role: Role.ADMIN }],
    });
    ctx = new RequestContext({ kind: 'account', accountId: admin.id, grants: [{ role: Role.ADMIN }] });
  });
  afterAll(() => t?.close());

  it('refuses a package whose last service holds CPR-like text, naming its file, row and column, and writes nothing', async () => {
    const before = await snapshot();
    const zip = pack([service(1), service(2), service(3, { description: 'Ring til Peter, 010203-1234, efter kl. 16.' })]);
    await expect(t.app.get(HsdsImport).run(ctx, zip)).rejects.toThrow(
      /Pakken er afvist, intet er gemt\. services\.csv, række 4, kolonne description: .*CPR/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('rolls everything back when the directory refuses the last service, naming its file and row', async () => {
    const before = await snapshot();
    const zip = pack([service(1), service(2), service(3, { minimum_age: '30', maximum_age: '12' })]);
    await expect(t.app.get(HsdsImport).run(ctx, zip)).rejects.toThrow(
      /Importen er afbrudt, intet er gemt\. services\.csv, række 4 \(tilbuddet "Samtaletilbud 3"\) kunne ikke oprettes: .*ageMax/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('rolls everything back for a service of an organisation the package does not have', async () => {
    const before = await snapshot();
    const zip = pack([service(1), service(2, { organization_id: '0b6f3c8e-5a43-4c8e-9d4a-1f0f3c2b7e99' })]);
    await expect(t.app.get(HsdsImport).run(ctx, zip)).rejects.toThrow(
      /services\.csv, række 3 \(tilbuddet "Samtaletilbud 2"\): organisationen 0b6f3c8e-5a43-4c8e-9d4a-1f0f3c2b7e99 findes ikke i pakken/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('rolls everything back for a contact the directory refuses, naming contacts.csv', async () => {
    const before = await snapshot();
    await expect(t.app.get(HsdsImport).run(ctx, pack([service(1)], { email: 'ikke en e-mail' }))).rejects.toThrow(
      /contacts\.csv, række 2 \(kontakten "Rådgivningen"\) kunne ikke oprettes/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('then imports the good package whole, with the import as the cause in the audit trail, and refuses a second', async () => {
    const progress: number[] = [];
    const report = await t.app.get(HsdsImport).run(ctx, pack([service(1), service(2)]), (done) => progress.push(done));
    expect(report).toEqual({ organisations: 1, contacts: 1, offers: 2 });
    expect(progress.at(-1)).toBe(4);
    const audited: { cause: string | null; type: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT cause, entity_type AS type FROM audit_event WHERE entity_type IN ('Organisation', 'Contact', 'Offer') ORDER BY 2`);
    expect(audited.map((a) => a.type)).toEqual(['Contact', 'Offer', 'Offer', 'Organisation']);
    expect(new Set(audited.map((a) => a.cause))).toEqual(new Set([expect.stringMatching(/^hsds-import:/)]));
    await expect(t.app.get(HsdsImport).run(ctx, pack([service(1)]))).rejects.toThrow(/tom instans/);
  });
});
