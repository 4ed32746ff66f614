import { AccountsService } from '#auth';
import { mutate } from '#core';
import { ContactsService } from '#directory';
import { MAIL_TEMPLATES, MailQueue } from '#mail';
import { ADMIN_CTX, makeContact, makeOrganisation } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

describe('erasing personal data', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  const sql = (text: string, params: unknown[] = []) => t.database.dataSource.query(text, params) as Promise<Record<string, unknown>[]>;

  it('erases a contact who left: the record, its search document and every value its history held', async () => {
    const org = await makeOrganisation(t.app, { name: 'Slettekommunen' });
    const contact = await makeContact(t.app, {
      organisationId: org.id,
      kind: 'PERSON' as never,
      name: 'Birte Bortrejst',
      roleTitle: 'Socialrådgiver',
    });
    await t.app.get(ContactsService).update(ADMIN_CTX, contact.id, { roleTitle: 'Afdelingsleder' });
    expect(JSON.stringify(await sql(`SELECT changes FROM audit_event WHERE entity_id = $1`, [contact.id]))).toContain('Birte Bortrejst');

    const res = await t.graphql<{ eraseContact: { __typename: string } }>(
      `mutation ($id: ID!) { eraseContact(id: $id) { __typename } }`,
      { id: contact.id },
      { token: admin },
    );
    expect(res.data!.eraseContact.__typename).toBe('Deleted');
    expect(await sql(`SELECT 1 FROM contact WHERE id = $1`, [contact.id])).toHaveLength(0);
    expect(await sql(`SELECT 1 FROM search_document WHERE id = $1`, [contact.id])).toHaveLength(0);
    const trail = await sql(`SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`, [contact.id]);
    expect(trail.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'ERASE']);
    expect(JSON.stringify(trail)).not.toMatch(/Birte|Bortrejst|Socialrådgiver|Afdelingsleder/);
  });

  it('erases an account on its own request: name, e-mail, roles, sessions and mail to it', async () => {
    const accounts = t.app.get(AccountsService);
    const person = await accounts.create({ email: 'glem.mig@example.org', displayName: 'Glem Mig', password: 'glem-mig-kode-123' });
    await mutate(t.database.dataSource, (manager) =>
      t.app
        .get(MailQueue)
        .queue(manager, { template: 'test-message', to: ['glem.mig@example.org'], data: MAIL_TEMPLATES['test-message'].sample }),
    );
    const signIn = () =>
      t.graphql<{ signIn: { __typename: string; accessToken?: string; refreshToken?: string } }>(
        `mutation { signIn(input: { email: "glem.mig@example.org", password: "glem-mig-kode-123" }) { __typename ... on Session { accessToken refreshToken } } }`,
      );
    const session = (await signIn()).data!.signIn;

    const other = await t.graphql<{ eraseAccount: { __typename: string } }>(
      `mutation ($id: ID!) { eraseAccount(id: $id) { __typename } }`,
      { id: ADMIN_CTX.accountId },
      { token: session.accessToken },
    );
    expect(other.data!.eraseAccount.__typename).toBe('ForbiddenError');

    const own = await t.graphql<{ eraseAccount: { __typename: string } }>(
      `mutation ($id: ID!) { eraseAccount(id: $id) { __typename } }`,
      { id: person.id },
      { token: session.accessToken },
    );
    expect(own.data!.eraseAccount.__typename).toBe('Deleted');

    const [row] = await sql(`SELECT email, display_name, password_hash, status FROM account WHERE id = $1`, [person.id]);
    expect(row).toEqual({
      email: `slettet-${person.id}@slettet.invalid`,
      display_name: 'Slettet konto',
      password_hash: null,
      status: 'DISABLED',
    });
    expect((await signIn()).data!.signIn.__typename).toBe('AuthenticationError');
    const refreshed = await t.graphql<{ refreshSession: { __typename: string } }>(
      `mutation ($r: String!) { refreshSession(input: { refreshToken: $r }) { __typename } }`,
      { r: session.refreshToken },
    );
    expect(refreshed.data!.refreshSession.__typename).toBe('AuthenticationError');
    expect(JSON.stringify(await sql(`SELECT recipients, subject, html, text FROM mail_message`))).not.toContain('glem.mig@example.org');
    expect((await sql(`SELECT action FROM audit_event WHERE entity_id = $1`, [person.id])).map((e) => e.action)).toEqual(['ERASE']);
  });
});
