import { AccountStatus, AccountsService, Role } from '#auth';
import { makeOrganisation, makeUnit } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

// Whom an owner can be (issue 17): the accounts that may edit an organisation's records, by name, told only to its editors.
const PASSWORD = 'record-editors-password';
const QUERY = `query ($org: ID!, $unit: ID) { recordEditors(organisationId: $org, unitId: $unit) { id displayName } }`;

describe('recordEditors', () => {
  let t: TestApp;
  let org: string;
  let unit: string;
  let subUnit: string;
  let otherUnit: string;
  const names: Record<string, string> = {};

  const account = async (email: string, displayName: string, grants: Parameters<AccountsService['create']>[0]['grants']) => {
    const { id } = await t.app.get(AccountsService).create({ email, displayName, password: PASSWORD, grants });
    names[displayName] = id;
    return id;
  };
  const signIn = async (email: string): Promise<string> => {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: PASSWORD },
    );
    return res.data!.signIn.accessToken;
  };
  const editors = async (token: string | undefined, unitId: string | null = null) => {
    const res = await t.graphql<{ recordEditors: { id: string; displayName: string }[] | null }>(QUERY, { org, unit: unitId }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.recordEditors?.map((e) => e.displayName) ?? null;
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = (await makeOrganisation(t.app, { name: 'Redaktørkommune' })).id;
    const other = (await makeOrganisation(t.app, { name: 'Nabokommune' })).id;
    unit = (await makeUnit(t.app, { organisationId: org, name: 'Børn og unge' })).id;
    subUnit = (await makeUnit(t.app, { organisationId: org, name: 'Ungeteamet', parentId: unit })).id;
    otherUnit = (await makeUnit(t.app, { organisationId: org, name: 'Voksne' })).id;
    await account('hele@example.org', 'Hanne Hele', [{ role: Role.EDITOR, organisationId: org }]);
    await account('enhed@example.org', 'Bo Enhed', [{ role: Role.EDITOR, organisationId: org, unitId: unit }]);
    await account('under@example.org', 'Ulla Under', [{ role: Role.EDITOR, unitId: subUnit }]);
    await account('voksen@example.org', 'Vera Voksen', [{ role: Role.EDITOR, organisationId: org, unitId: otherUnit }]);
    await account('nabo@example.org', 'Nils Nabo', [{ role: Role.EDITOR, organisationId: other }]);
    await account('fagperson@example.org', 'Frida Fagperson', []);
    const closed = await account('lukket@example.org', 'Lukket Konto', [{ role: Role.EDITOR, organisationId: org }]);
    await t.database.dataSource.query(`UPDATE account SET status = $1 WHERE id = $2`, [AccountStatus.DISABLED, closed]);
  });
  afterAll(() => t?.close());

  it('names the active editors of the organisation, and of the unit and those above it, by name only', async () => {
    const admin = await signInAsAdmin(t);
    await expect(editors(admin)).resolves.toEqual(['Hanne Hele']);
    await expect(editors(admin, unit)).resolves.toEqual(['Bo Enhed', 'Hanne Hele']);
    await expect(editors(admin, subUnit)).resolves.toEqual(['Bo Enhed', 'Hanne Hele', 'Ulla Under']);
    await expect(editors(admin, otherUnit)).resolves.toEqual(['Hanne Hele', 'Vera Voksen']);
    const res = await t.graphql<{ recordEditors: { id: string }[] }>(QUERY, { org, unit: subUnit }, { token: admin });
    expect(res.data!.recordEditors.map((e) => e.id)).toContain(names['Ulla Under']);
    const email = await t.graphql(`query ($org: ID!) { recordEditors(organisationId: $org) { email } }`, { org }, { token: admin });
    expect(email.errors?.[0].message).toMatch(/email/);
  });

  it('tells only those who may edit there', async () => {
    await expect(editors(await signIn('hele@example.org'), subUnit)).resolves.toEqual(['Bo Enhed', 'Hanne Hele', 'Ulla Under']);
    await expect(editors(await signIn('under@example.org'), subUnit)).resolves.toHaveLength(3);
    // A unit's editor is not told about the organisation as a whole or a unit beside theirs.
    await expect(editors(await signIn('under@example.org'))).resolves.toBeNull();
    await expect(editors(await signIn('voksen@example.org'), unit)).resolves.toBeNull();
    await expect(editors(await signIn('nabo@example.org'))).resolves.toBeNull();
    await expect(editors(await signIn('fagperson@example.org'))).resolves.toBeNull();
    await expect(editors(undefined)).resolves.toBeNull();
    // A unit of another organisation names nobody.
    const elsewhere = (await makeUnit(t.app, { organisationId: (await makeOrganisation(t.app, { name: 'Tredje' })).id })).id;
    await expect(editors(await signInAsAdmin(t), elsewhere)).resolves.toBeNull();
  });
});
