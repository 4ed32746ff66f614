import { MAIL_TRANSPORT, type MailTransport, type OutgoingMail } from '#mail';
import { startTestApp, type TestApp } from './support/test-app.js';
import { DEMO_PASSWORD } from '#demo';

type Sent = { sent: OutgoingMail[] };

describe('invitations and password resets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  const outbox = () => (t.app.get(MAIL_TRANSPORT) as MailTransport & Sent).sent;
  /** The link's token from the newest mail to `to`, once the send job has run. */
  async function tokenMailedTo(to: string): Promise<{ token: string; mail: OutgoingMail }> {
    for (let i = 0; i < 100; i++) {
      const mail = [...outbox()].reverse().find((m) => m.to.includes(to));
      const token = mail && /token=([\w-]+)/.exec(mail.text)?.[1];
      if (mail && token) return { token, mail };
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`No mail with a link reached ${to}`);
  }
  const signIn = async (email: string, password: string) =>
    (
      await t.graphql<{ signIn: { __typename: string; accessToken?: string; refreshToken?: string } }>(
        `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename ... on Session { accessToken refreshToken } } }`,
        { e: email, p: password },
      )
    ).data!.signIn;
  const redeem = async (mutation: 'acceptInvitation' | 'resetPassword', token: string, password: string) =>
    (
      await t.graphql<Record<string, { __typename: string; accessToken?: string }>>(
        `mutation ($t: String!, $p: String!) { ${mutation}(input: { token: $t, password: $p }) { __typename ... on Session { accessToken } } }`,
        { t: token, p: password },
      )
    ).data![mutation];

  it('lets a key person invite a colleague, who accepts once with a new password', async () => {
    const keyPerson = await signIn('noegleperson@example.org', DEMO_PASSWORD);
    const me = await t.graphql<{ me: { grants: { role: string; organisationId: string }[] } }>(
      `{ me { grants { role organisationId } } }`,
      {},
      { token: keyPerson.accessToken },
    );
    const org = me.data!.me.grants.find((g) => g.role === 'KEY_PERSON')!.organisationId;

    const invited = await t.graphql<{ inviteMember: { __typename: string; status?: string } }>(
      `mutation ($org: ID!) { inviteMember(input: { email: "ny.kollega@example.org", displayName: "Ny Kollega", organisationId: $org, role: EDITOR }) { __typename ... on Account { status } } }`,
      { org },
      { token: keyPerson.accessToken },
    );
    expect(invited.data!.inviteMember).toEqual({ __typename: 'Account', status: 'INVITED' });
    expect((await signIn('ny.kollega@example.org', 'hvad-som-helst-123')).__typename).toBe('AuthenticationError');

    const { token, mail } = await tokenMailedTo('ny.kollega@example.org');
    expect(mail.subject).toContain('Invitation til Vejviser');
    expect(mail.text).toContain('https://vejviser.test/konto/invitation?token=');
    expect((await redeem('acceptInvitation', token, 'kort')).__typename).toBe('ValidationError');
    const session = await redeem('acceptInvitation', token, 'min-nye-adgangskode');
    expect(session.__typename).toBe('Session');
    const grants = await t.graphql<{ me: { grants: { role: string }[] } }>(
      `{ me { status grants { role } } }`,
      {},
      { token: session.accessToken },
    );
    expect(grants.data!.me).toEqual({ status: 'ACTIVE', grants: [{ role: 'EDITOR' }] });
    expect((await redeem('acceptInvitation', token, 'min-nye-adgangskode')).__typename).toBe('AuthenticationError');

    const trail: { action: string; changes: unknown }[] = await t.database.dataSource.query(
      `SELECT e.action, e.changes FROM audit_event e JOIN account a ON a.id = e.entity_id WHERE a.email = 'ny.kollega@example.org' ORDER BY e.occurred_at`,
    );
    expect(trail.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(JSON.stringify(trail)).not.toMatch(/min-nye-adgangskode|argon2|passwordHash/);
  });

  it("refuses invitations from anyone but the organisation's key persons and administrators", async () => {
    const professional = await signIn('fagperson@example.org', DEMO_PASSWORD);
    const org = (
      await t.graphql<{ organisations: { edges: { node: { id: string } }[] } }>(`{ organisations(first: 1) { edges { node { id } } } }`)
    ).data!.organisations.edges[0].node.id;
    const res = await t.graphql<{ inviteMember: { __typename: string } }>(
      `mutation ($org: ID!) { inviteMember(input: { email: "x@example.org", displayName: "X", organisationId: $org }) { __typename } }`,
      { org },
      { token: professional.accessToken },
    );
    expect(res.data!.inviteMember.__typename).toBe('ForbiddenError');
  });

  it('names every bad field of an invitation in one answer', async () => {
    const admin = await signIn('admin@example.org', DEMO_PASSWORD);
    const res = await t.graphql<{ inviteMember: { __typename: string; fieldErrors?: { path: string }[] } }>(
      `mutation { inviteMember(input: { email: "ikke-en-adresse", displayName: " ", organisationId: "0b7c3a52-3c0d-4d43-9a4e-2f1f4d7a9c11" }) { __typename ... on ValidationError { fieldErrors { path } } } }`,
      {},
      { token: admin.accessToken },
    );
    expect(res.data!.inviteMember.fieldErrors!.map((e) => e.path).sort()).toEqual([
      'input.displayName',
      'input.email',
      'input.organisationId',
    ]);
  });

  it('resets a password by a single-use link, ends the old sessions and tells nobody which addresses exist', async () => {
    const before = outbox().length;
    const unknown = await t.graphql<{ requestPasswordReset: { accepted: boolean } }>(
      `mutation { requestPasswordReset(email: "ingen@example.org") { accepted } }`,
    );
    expect(unknown.data!.requestPasswordReset.accepted).toBe(true);

    const old = await signIn('fagperson@example.org', DEMO_PASSWORD);
    const known = await t.graphql<{ requestPasswordReset: { accepted: boolean } }>(
      `mutation { requestPasswordReset(email: "fagperson@example.org") { accepted } }`,
    );
    expect(known.data!.requestPasswordReset.accepted).toBe(true);
    const { token } = await tokenMailedTo('fagperson@example.org');
    expect(
      outbox()
        .slice(before)
        .every((m) => !m.to.includes('ingen@example.org')),
    ).toBe(true);

    expect((await redeem('resetPassword', token, 'en-helt-ny-adgangskode')).__typename).toBe('Session');
    expect((await signIn('fagperson@example.org', DEMO_PASSWORD)).__typename).toBe('AuthenticationError');
    expect((await signIn('fagperson@example.org', 'en-helt-ny-adgangskode')).__typename).toBe('Session');
    const refreshed = await t.graphql<{ refreshSession: { __typename: string } }>(
      `mutation ($r: String!) { refreshSession(input: { refreshToken: $r }) { __typename } }`,
      {
        r: old.refreshToken,
      },
    );
    expect(refreshed.data!.refreshSession.__typename).toBe('AuthenticationError');
    expect((await redeem('resetPassword', token, 'en-tredje-adgangskode')).__typename).toBe('AuthenticationError');
  });

  it('lets someone apply to join, and a key person approve (an invitation follows) or reject', async () => {
    const keyPerson = await signIn('noegleperson@example.org', DEMO_PASSWORD);
    const me = await t.graphql<{ me: { grants: { role: string; organisationId: string }[] } }>(
      `{ me { grants { role organisationId } } }`,
      {},
      { token: keyPerson.accessToken },
    );
    const org = me.data!.me.grants.find((g) => g.role === 'KEY_PERSON')!.organisationId;
    const apply = (email: string) =>
      t.graphql<{ applyForMembership: { __typename: string; accepted?: boolean } }>(
        `mutation ($e: String!, $org: ID!) { applyForMembership(input: { email: $e, displayName: "Ansøger Andersen", organisationId: $org }) { __typename ... on RequestAccepted { accepted } } }`,
        { e: email, org },
      );
    expect((await apply('ansoeger.a@example.org')).data!.applyForMembership).toEqual({
      __typename: 'RequestAccepted',
      accepted: true,
    });
    await apply('ansoeger.b@example.org');
    expect((await apply('admin@example.org')).data!.applyForMembership.__typename).toBe('RequestAccepted'); // no hint that it exists

    const pending = await t.graphql<{ pendingMembers: { id: string; email: string; status: string }[] }>(
      `query ($org: ID!) { pendingMembers(organisationId: $org) { id email status } }`,
      { org },
      { token: keyPerson.accessToken },
    );
    const byEmail = new Map(pending.data!.pendingMembers.map((a) => [a.email, a]));
    expect(byEmail.get('ansoeger.a@example.org')?.status).toBe('PENDING');
    const outsider = await t.graphql(
      `query ($org: ID!) { pendingMembers(organisationId: $org) { id } }`,
      { org },
      { token: (await signIn('redaktoer@example.org', DEMO_PASSWORD)).accessToken },
    );
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const approved = await t.graphql<{ approveMember: { __typename: string; status?: string } }>(
      `mutation ($id: ID!) { approveMember(accountId: $id) { __typename ... on Account { status } } }`,
      { id: byEmail.get('ansoeger.a@example.org')!.id },
      { token: keyPerson.accessToken },
    );
    expect(approved.data!.approveMember).toEqual({ __typename: 'Account', status: 'INVITED' });
    const { token } = await tokenMailedTo('ansoeger.a@example.org');
    expect((await redeem('acceptInvitation', token, 'ansoegerens-kode-1')).__typename).toBe('Session');

    const rejected = await t.graphql<{ rejectMember: { __typename: string } }>(
      `mutation ($id: ID!) { rejectMember(accountId: $id) { __typename } }`,
      { id: byEmail.get('ansoeger.b@example.org')!.id },
      { token: keyPerson.accessToken },
    );
    expect(rejected.data!.rejectMember.__typename).toBe('Account');
    expect(await t.database.dataSource.query(`SELECT 1 FROM account WHERE email = 'ansoeger.b@example.org'`)).toHaveLength(0);
  });
});
