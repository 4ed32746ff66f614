import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { AccountLinks, AccountsService } from '#auth';
import { AccessRoute, ContactKind, ContactsService, OffersService, UnitsService } from '#directory';
import { NetworksService, ThemeDaysService, ThemeDayVisibility } from '#network';
import { SynonymsService } from '#search';
import { ADMIN_CTX } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { withoutDigits } from './support/without-digits.js';
import { DEMO_PASSWORD } from '#demo';
import { networkFixture, type NetworkFixture } from './network-fixture.js';
import { supervisionFixture, type SupervisionFixture } from './supervision-fixture.js';

/**
 * Who may call each mutation, tried as every role against the running server. A mutation the
 * schema has and this table lacks fails the first test: every new mutation needs a rule.
 */
type Rule = 'anyone' | 'signed-in' | 'editor' | 'admin';

/** The item operations (issue 17): one channel, weekly opening-hours entry or exception of an offer or contact at a time. */
const ITEM_INPUTS = {
  Channel: ['channelId', '{ kind: EMAIL, value: "matrix@example.org" }'],
  WeeklyHours: ['weeklyHoursId', '{ day: MON, opens: "08:00", closes: "16:00" }'],
  HoursException: ['exceptionId', '{ date: "2030-01-02", closed: true }'],
} as const;
const ITEM_MUTATIONS = (['Offer', 'Contact'] as const).flatMap((record) =>
  (Object.keys(ITEM_INPUTS) as (keyof typeof ITEM_INPUTS)[]).flatMap((item) =>
    (['add', 'update', 'remove'] as const).map((action) => ({ name: `${action}${record}${item}`, record, item, action })),
  ),
);

/** The hours-wide settings ("open day and night", "same hours on holidays", the note), set without touching the items. */
const HOURS_SETTINGS = (['Offer', 'Contact'] as const).map((record) => ({ name: `set${record}HoursSettings`, record }));

const RULES: Record<string, Rule> = {
  ...Object.fromEntries(ITEM_MUTATIONS.map(({ name }) => [name, 'editor' as const])),
  ...Object.fromEntries(HOURS_SETTINGS.map(({ name }) => [name, 'editor' as const])),
  signIn: 'anyone',
  refreshSession: 'anyone',
  signOut: 'anyone',
  signOutEverywhere: 'signed-in',
  createOrganisation: 'admin',
  deleteOrganisation: 'admin',
  updateOrganisation: 'editor',
  verifyOrganisation: 'editor',
  createUnit: 'editor',
  updateUnit: 'editor',
  deleteUnit: 'editor',
  verifyUnit: 'editor',
  createContact: 'editor',
  updateContact: 'editor',
  deleteContact: 'editor',
  verifyContact: 'editor',
  createOffer: 'editor',
  updateOffer: 'editor',
  deleteOffer: 'editor',
  verifyOffer: 'editor',
  importSpreadsheet: 'editor',
  /** The token of a confirm link in a verification mail is the authority; tested in verification-digests.e2e-spec.ts. */
  confirmVerification: 'anyone',
  sendTestMail: 'admin',
  retryMail: 'admin',
  inviteMember: 'admin',
  applyForMembership: 'anyone',
  /** Key persons of the organisation may too; tested in account-links.e2e-spec.ts. */
  approveMember: 'admin',
  rejectMember: 'admin',
  acceptInvitation: 'anyone',
  requestPasswordReset: 'anyone',
  resetPassword: 'anyone',
  eraseContact: 'editor',
  handOverRoles: 'editor',
  /** Erasing someone else's account; erasing your own is tested in erasure.e2e-spec.ts. */
  eraseAccount: 'admin',
  deactivateAccount: 'admin',
  grantRole: 'admin',
  revokeRole: 'admin',
  /** Every signed-in person, for their own account only; tried with a wrong current password / an empty name, so no demo account changes. */
  changePassword: 'signed-in',
  updateMyProfile: 'signed-in',
  createNetwork: 'admin',
  /** Coordinators of the network may too (network.e2e-spec.ts). */
  updateNetwork: 'admin',
  addNetworkParty: 'admin',
  removeNetworkParty: 'admin',
  setNetworkCoordinator: 'admin',
  applyToNetwork: 'signed-in',
  /** The party's key persons may too; tested in network.e2e-spec.ts. */
  approveNetworkMember: 'admin',
  rejectNetworkMember: 'admin',
  setNetworkMemberRoles: 'admin',
  leaveNetwork: 'signed-in',
  /** Coordinators of the network may too; tested in theme-days.e2e-spec.ts. */
  createThemeDay: 'admin',
  updateThemeDay: 'admin',
  cancelThemeDay: 'admin',
  markThemeDayAttendance: 'admin',
  /** Public days take anyone's registration; members-only days are tested in theme-days.e2e-spec.ts. */
  registerForThemeDay: 'anyone',
  cancelThemeDayRegistration: 'anyone',
  cancelMyThemeDayRegistration: 'signed-in',
  /** Coordinators of the network may too; tested in theme-day-on-behalf.e2e-spec.ts. */
  cancelThemeDayRegistrationOnBehalf: 'admin',
  /** Coordinators of the network may too; tested in libs/network/src/supervision/supervision.spec.ts. */
  createSupervisionGroup: 'admin',
  updateSupervisionGroup: 'admin',
  cancelSupervisionSession: 'admin',
  decideSupervisionApplication: 'admin',
  markSupervisionAttendance: 'admin',
  /** Approved members of the network; signed-in non-members get NotFoundError (the group is hidden from them). */
  applyToSupervisionGroup: 'signed-in',
  withdrawFromSupervisionGroup: 'signed-in',
  /** Administrators and every network coordinator (of any network); editors may not. */
  createSynonymGroup: 'admin',
  updateSynonymGroup: 'admin',
  deleteSynonymGroup: 'admin',
  /** Coordinators of the network may too (for its requirements); a region's are for administrators only. Tested in coverage.e2e-spec.ts. */
  addCoverageRequirement: 'admin',
  removeCoverageRequirement: 'admin',
  /** Approved members and coordinators of the network; signed-in non-members get NotFoundError (no membership), tested in change-digests.e2e-spec.ts. */
  subscribeToChanges: 'signed-in',
  /** Ends the caller's own subscription; without one, NotFoundError. */
  unsubscribeFromChanges: 'signed-in',
  /** Any signed-in professional may mail a handover sheet to a colleague (handover-guide.e2e-spec.ts). */
  sendHandoverSheet: 'signed-in',
};

type Role = 'anonymous' | 'professional' | 'editor' | 'admin';
const RANK: Record<Role, number> = { anonymous: 0, professional: 1, editor: 2, admin: 3 };
const NEEDS: Record<Rule, number> = { anyone: 0, 'signed-in': 1, editor: 2, admin: 3 };
const EMAIL: Record<Exclude<Role, 'anonymous'>, string> = {
  professional: 'fagperson@example.org',
  editor: 'redaktoer@example.org',
  admin: 'admin@example.org',
};

interface Fixture extends NetworkFixture, SupervisionFixture {
  org: string;
  unit: string;
  contact: string;
  /** A person (the contact above is a function line). */
  person: string;
  offer: string;
  emptyOrg: string;
  otherAccount: string;
  /** A role grant of the account above (EDITOR of the fixture's unit). */
  otherGrant: string;
  pendingAccount: string;
  network: string;
  themeDay: string;
  /** Someone's registration for the theme day above. */
  registration: string;
  pastThemeDay: string;
  synonymGroup: string;
  /** A word no synonym group has yet. */
  freshWord: string;
  /** A requirement of the fixture's network. */
  coverageRequirement: string;
}

/** One operation per guarded mutation, on fresh records of the editor's own organisation. */
const OPERATIONS: Record<string, (f: Fixture) => { query: string; variables?: Record<string, unknown> }> = {
  // An item id that names nothing: allowed callers meet NotFound, refused ones Forbidden (permission comes first).
  ...Object.fromEntries(
    ITEM_MUTATIONS.map(({ name, record, item, action }) => {
      const [idArg, input] = ITEM_INPUTS[item];
      const recordArg = `${record.toLowerCase()}Id`;
      const args = [
        `${recordArg}: $id`,
        action === 'add' ? null : `${idArg}: "0000000000000000"`,
        action === 'remove' ? null : `input: ${input}`,
      ];
      const query = `mutation ($id: ID!) { ${name}(${args.filter(Boolean).join(', ')}) { __typename } }`;
      return [name, (f: Fixture) => ({ query, variables: { id: record === 'Offer' ? f.offer : f.contact } })];
    }),
  ),
  ...Object.fromEntries(
    HOURS_SETTINGS.map(({ name, record }) => [
      name,
      (f: Fixture) => ({
        query: `mutation ($id: ID!) { ${name}(${record.toLowerCase()}Id: $id, input: { openOnHolidays: true }) { __typename } }`,
        variables: { id: record === 'Offer' ? f.offer : f.contact },
      }),
    ]),
  ),
  signOutEverywhere: () => ({ query: `mutation { signOutEverywhere { __typename } }` }),
  createOrganisation: () => ({
    query: `mutation { createOrganisation(input: { name: "Matrixkommune", sector: MUNICIPAL, municipalityCode: "0217" }) { __typename } }`,
  }),
  deleteOrganisation: (f) => ({
    query: `mutation ($id: ID!) { deleteOrganisation(id: $id) { __typename } }`,
    variables: { id: f.emptyOrg },
  }),
  updateOrganisation: (f) => ({
    query: `mutation ($id: ID!) { updateOrganisation(id: $id, input: { description: "Opdateret" }) { __typename } }`,
    variables: { id: f.org },
  }),
  verifyOrganisation: (f) => ({
    query: `mutation ($id: ID!) { verifyOrganisation(input: { id: $id, verifiedBy: "Matrix" }) { __typename } }`,
    variables: { id: f.org },
  }),
  createUnit: (f) => ({
    query: `mutation ($org: ID!) { createUnit(input: { name: "Matrixteam", organisationId: $org }) { __typename } }`,
    variables: { org: f.org },
  }),
  updateUnit: (f) => ({
    query: `mutation ($id: ID!) { updateUnit(id: $id, input: { description: "Opdateret" }) { __typename } }`,
    variables: { id: f.unit },
  }),
  deleteUnit: (f) => ({ query: `mutation ($id: ID!) { deleteUnit(id: $id) { __typename } }`, variables: { id: f.unit } }),
  verifyUnit: (f) => ({
    query: `mutation ($id: ID!) { verifyUnit(input: { id: $id, verifiedBy: "Matrix" }) { __typename } }`,
    variables: { id: f.unit },
  }),
  createContact: (f) => ({
    query: `mutation ($org: ID!) { createContact(input: { name: "Matrixlinjen", organisationId: $org }) { __typename } }`,
    variables: { org: f.org },
  }),
  updateContact: (f) => ({
    query: `mutation ($id: ID!) { updateContact(id: $id, input: { roleTitle: "Ny titel" }) { __typename } }`,
    variables: { id: f.contact },
  }),
  deleteContact: (f) => ({ query: `mutation ($id: ID!) { deleteContact(id: $id) { __typename } }`, variables: { id: f.contact } }),
  verifyContact: (f) => ({
    query: `mutation ($id: ID!) { verifyContact(input: { id: $id, verifiedBy: "Matrix" }) { __typename } }`,
    variables: { id: f.contact },
  }),
  createOffer: (f) => ({
    query: `mutation ($org: ID!) { createOffer(input: { name: "Matrixtilbud", organisationId: $org, accessRoute: SELF_REFERRAL }) { __typename } }`,
    variables: { org: f.org },
  }),
  updateOffer: (f) => ({
    query: `mutation ($id: ID!) { updateOffer(id: $id, input: { cost: "Gratis" }) { __typename } }`,
    variables: { id: f.offer },
  }),
  deleteOffer: (f) => ({ query: `mutation ($id: ID!) { deleteOffer(id: $id) { __typename } }`, variables: { id: f.offer } }),
  verifyOffer: (f) => ({
    query: `mutation ($id: ID!) { verifyOffer(input: { id: $id, verifiedBy: "Matrix" }) { __typename } }`,
    variables: { id: f.offer },
  }),
  /** A dry run of a one-row sheet (base64 of "Navn\nMatrixkontakt"): editors get a report, others a ForbiddenError. */
  importSpreadsheet: (f) => ({
    query: `mutation ($org: ID!) { importSpreadsheet(input: { organisationId: $org, contentBase64: "TmF2bgpNYXRyaXhrb250YWt0", dryRun: true }) { __typename } }`,
    variables: { org: f.org },
  }),
  sendTestMail: () => ({ query: `mutation { sendTestMail(input: { to: "matrix@example.org" }) { __typename } }` }),
  retryMail: () => ({
    query: `mutation ($id: ID!) { retryMail(id: $id) { __typename } }`,
    variables: { id: '00000000-0000-4000-8000-000000000000' },
  }),
  inviteMember: (f) => ({
    query: `mutation ($org: ID!, $email: String!) { inviteMember(input: { email: $email, displayName: "Ny Kollega", organisationId: $org }) { __typename } }`,
    variables: { org: f.org, email: `ny-${withoutDigits(f.otherAccount)}@example.org` },
  }),
  approveMember: (f) => ({
    query: `mutation ($id: ID!) { approveMember(accountId: $id) { __typename } }`,
    variables: { id: f.pendingAccount },
  }),
  rejectMember: (f) => ({
    query: `mutation ($id: ID!) { rejectMember(accountId: $id) { __typename } }`,
    variables: { id: f.pendingAccount },
  }),
  eraseContact: (f) => ({ query: `mutation ($id: ID!) { eraseContact(id: $id) { __typename } }`, variables: { id: f.contact } }),
  handOverRoles: (f) => ({
    query: `mutation ($p: ID!, $s: ID!) { handOverRoles(input: { contactId: $p, successorContactId: $s }) { __typename } }`,
    variables: { p: f.person, s: f.contact },
  }),
  eraseAccount: (f) => ({ query: `mutation ($id: ID!) { eraseAccount(id: $id) { __typename } }`, variables: { id: f.otherAccount } }),
  deactivateAccount: (f) => ({
    query: `mutation ($id: ID!) { deactivateAccount(id: $id) { __typename } }`,
    variables: { id: f.otherAccount },
  }),
  grantRole: (f) => ({
    query: `mutation ($a: ID!, $o: ID!) { grantRole(input: { accountId: $a, role: KEY_PERSON, organisationId: $o }) { __typename } }`,
    variables: { a: f.otherAccount, o: f.org },
  }),
  revokeRole: (f) => ({ query: `mutation ($id: ID!) { revokeRole(id: $id) { __typename } }`, variables: { id: f.otherGrant } }),
  changePassword: () => ({
    query: `mutation { changePassword(input: { currentPassword: "ikke-den-rigtige", newPassword: "en-ny-lang-adgangskode" }) { __typename } }`,
  }),
  updateMyProfile: () => ({ query: `mutation { updateMyProfile(input: { displayName: "" }) { __typename } }` }),
  createNetwork: (f) => ({
    query: `mutation ($name: String!) { createNetwork(input: { name: $name }) { __typename } }`,
    variables: { name: `Nyt matrixnetværk ${withoutDigits(f.otherAccount)}` },
  }),
  updateNetwork: (f) => ({
    query: `mutation ($id: ID!) { updateNetwork(id: $id, input: { description: "Opdateret" }) { __typename } }`,
    variables: { id: f.network },
  }),
  addNetworkParty: (f) => ({
    query: `mutation ($n: ID!, $o: ID!) { addNetworkParty(input: { networkId: $n, organisationId: $o }) { __typename } }`,
    variables: { n: f.network, o: f.freeOrg },
  }),
  removeNetworkParty: (f) => ({
    query: `mutation ($id: ID!) { removeNetworkParty(partyId: $id) { __typename } }`,
    variables: { id: f.emptyParty },
  }),
  setNetworkCoordinator: (f) => ({
    query: `mutation ($n: ID!, $a: ID!) { setNetworkCoordinator(networkId: $n, accountId: $a) { __typename } }`,
    variables: { n: f.network, a: f.otherAccount },
  }),
  applyToNetwork: (f) => ({
    query: `mutation ($n: ID!, $p: ID!) { applyToNetwork(input: { networkId: $n, partyId: $p }) { __typename } }`,
    variables: { n: f.network, p: f.networkParty },
  }),
  approveNetworkMember: (f) => ({
    query: `mutation ($id: ID!) { approveNetworkMember(memberId: $id) { __typename } }`,
    variables: { id: f.pendingMember },
  }),
  rejectNetworkMember: (f) => ({
    query: `mutation ($id: ID!) { rejectNetworkMember(memberId: $id) { __typename } }`,
    variables: { id: f.pendingMember },
  }),
  setNetworkMemberRoles: (f) => ({
    query: `mutation ($id: ID!) { setNetworkMemberRoles(input: { memberId: $id, isKeyPerson: true }) { __typename } }`,
    variables: { id: f.approvedMember },
  }),
  leaveNetwork: (f) => ({ query: `mutation ($n: ID!) { leaveNetwork(networkId: $n) { __typename } }`, variables: { n: f.network } }),
  createThemeDay: (f) => ({
    query: `mutation ($n: ID!, $s: DateTime!, $e: DateTime!) { createThemeDay(input: { networkId: $n, title: "Matrixdag", topic: "Matrix", venue: "Rådhuset", startsAt: $s, endsAt: $e, capacity: 10 }) { __typename } }`,
    variables: {
      n: f.network,
      s: new Date(Date.now() + 864e5 * 10).toISOString(),
      e: new Date(Date.now() + 864e5 * 10 + 36e5).toISOString(),
    },
  }),
  updateThemeDay: (f) => ({
    query: `mutation ($id: ID!) { updateThemeDay(id: $id, input: { description: "Opdateret" }) { __typename } }`,
    variables: { id: f.themeDay },
  }),
  cancelThemeDay: (f) => ({ query: `mutation ($id: ID!) { cancelThemeDay(id: $id) { __typename } }`, variables: { id: f.themeDay } }),
  cancelThemeDayRegistrationOnBehalf: (f) => ({
    query: `mutation ($id: ID!) { cancelThemeDayRegistrationOnBehalf(registrationId: $id) { __typename } }`,
    variables: { id: f.registration },
  }),
  markThemeDayAttendance: (f) => ({
    query: `mutation ($id: ID!) { markThemeDayAttendance(themeDayId: $id, registrationIds: []) { __typename } }`,
    variables: { id: f.pastThemeDay },
  }),
  cancelMyThemeDayRegistration: (f) => ({
    query: `mutation ($id: ID!) { cancelMyThemeDayRegistration(themeDayId: $id) { __typename } }`,
    variables: { id: f.themeDay },
  }),
  createSupervisionGroup: (f) => ({
    query: `mutation ($n: ID!) { createSupervisionGroup(input: { networkId: $n, name: "Matrixgruppe", focus: "Angst", facilitatorName: "Matrix", recurrence: "FREQ=WEEKLY;COUNT=2", firstSessionAt: "2027-02-02T12:00:00Z", sessionMinutes: 90 }) { __typename } }`,
    variables: { n: f.network },
  }),
  updateSupervisionGroup: (f) => ({
    query: `mutation ($id: ID!) { updateSupervisionGroup(id: $id, input: { description: "Opdateret" }) { __typename } }`,
    variables: { id: f.supervisionGroup },
  }),
  cancelSupervisionSession: (f) => ({
    query: `mutation ($id: ID!) { cancelSupervisionSession(sessionId: $id) { __typename } }`,
    variables: { id: f.supervisionFutureSession },
  }),
  decideSupervisionApplication: (f) => ({
    query: `mutation ($id: ID!) { decideSupervisionApplication(participantId: $id, approve: true) { __typename } }`,
    variables: { id: f.supervisionParticipant },
  }),
  markSupervisionAttendance: (f) => ({
    query: `mutation ($id: ID!) { markSupervisionAttendance(sessionId: $id, participantIds: []) { __typename } }`,
    variables: { id: f.supervisionPastSession },
  }),
  applyToSupervisionGroup: (f) => ({
    query: `mutation ($id: ID!) { applyToSupervisionGroup(groupId: $id) { __typename } }`,
    variables: { id: f.supervisionGroup },
  }),
  withdrawFromSupervisionGroup: (f) => ({
    query: `mutation ($id: ID!) { withdrawFromSupervisionGroup(groupId: $id) { __typename } }`,
    variables: { id: f.supervisionGroup },
  }),
  createSynonymGroup: (f) => ({
    query: `mutation ($terms: [String!]!) { createSynonymGroup(input: { terms: $terms }) { __typename } }`,
    variables: { terms: [f.freshWord, `${f.freshWord}-udtryk`] },
  }),
  updateSynonymGroup: (f) => ({
    query: `mutation ($id: ID!, $terms: [String!]!) { updateSynonymGroup(id: $id, input: { terms: $terms }) { __typename } }`,
    variables: { id: f.synonymGroup, terms: [f.freshWord, `${f.freshWord}-udtryk`] },
  }),
  deleteSynonymGroup: (f) => ({
    query: `mutation ($id: ID!) { deleteSynonymGroup(id: $id) { __typename } }`,
    variables: { id: f.synonymGroup },
  }),
  addCoverageRequirement: (f) => ({
    query: `mutation ($n: ID!) { addCoverageRequirement(input: { networkId: $n, situationKey: "transition-18" }) { __typename } }`,
    variables: { n: f.network },
  }),
  removeCoverageRequirement: (f) => ({
    query: `mutation ($id: ID!) { removeCoverageRequirement(id: $id) { __typename } }`,
    variables: { id: f.coverageRequirement },
  }),
  subscribeToChanges: (f) => ({
    query: `mutation ($n: ID!) { subscribeToChanges(input: { networkId: $n, municipalityCodes: ["0217"], situations: ["discharge"] }) { __typename } }`,
    variables: { n: f.network },
  }),
  unsubscribeFromChanges: (f) => ({
    query: `mutation ($n: ID!) { unsubscribeFromChanges(networkId: $n) { __typename } }`,
    variables: { n: f.network },
  }),
  sendHandoverSheet: () => ({
    query: `mutation { sendHandoverSheet(input: { to: "matrix@example.org", municipalityCode: "0217", situations: ["discharge"] }) { __typename } }`,
  }),
};

describe('authorization matrix', () => {
  let t: TestApp;
  let editorOrg: string;
  const tokens: Partial<Record<Role, string>> = {};

  const signInAll = async () => {
    for (const role of ['professional', 'editor', 'admin'] as const) {
      const res = await t.graphql<{ signIn: { accessToken: string } }>(
        `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
        { e: EMAIL[role], p: DEMO_PASSWORD },
      );
      tokens[role] = res.data!.signIn.accessToken;
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await signInAll();
    const me = await t.graphql<{ me: { grants: { role: string; organisationId: string }[] } }>(
      `{ me { grants { role organisationId } } }`,
      {},
      { token: tokens.editor },
    );
    editorOrg = me.data!.me.grants.find((g) => g.role === 'EDITOR')!.organisationId;
  });
  afterAll(() => t.close());

  /** Fresh records in the editor's organisation, made as an administrator, so each call has its own target. */
  async function fixture(): Promise<Fixture> {
    const unit = await t.app.get(UnitsService).create(ADMIN_CTX, { name: 'Matrixenhed', organisationId: editorOrg });
    const contact = await t.app.get(ContactsService).create(ADMIN_CTX, { name: 'Matrixkontakt', organisationId: editorOrg });
    const person = await t.app
      .get(ContactsService)
      .create(ADMIN_CTX, { name: 'Matrix Person', organisationId: editorOrg, kind: ContactKind.PERSON });
    const offer = await t.app
      .get(OffersService)
      .create(ADMIN_CTX, { name: 'Matrixydelse', organisationId: editorOrg, accessRoute: AccessRoute.REFERRAL });
    const empty = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Tom matrixorganisation", sector: STATE }) { ... on Organisation { id } } }`,
      {},
      { token: tokens.admin },
    );
    const other = await t.app
      .get(AccountsService)
      .create({ email: `matrix-${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Matrix Person' });
    const applicant = `ansoeger-${withoutDigits(other.id)}@example.org`;
    await t.app.get(AccountLinks).apply({ email: applicant, displayName: 'Ansøger', organisationId: editorOrg });
    const pending = await t.app.get(AccountsService).findByEmail(applicant);
    const network = await t.app
      .get(NetworksService)
      .create(ADMIN_CTX, { name: `Matrixnetværk ${withoutDigits(other.id)}`, contactEmail: 'matrix@example.org' });
    const networkId = (network as { id: string }).id;
    const themeDay = async () => {
      const starts = new Date(Date.now() + 864e5 * 20);
      const day = await t.app.get(ThemeDaysService).create(ADMIN_CTX, {
        networkId,
        title: 'Matrixtemadag',
        topic: 'Adgang',
        venue: 'Rådhuset',
        startsAt: starts,
        endsAt: new Date(starts.getTime() + 36e5),
        capacity: 10,
        visibility: ThemeDayVisibility.PUBLIC,
      });
      return (day as { id: string }).id;
    };
    const pastThemeDay = await themeDay();
    const day = await themeDay();
    await t.database.dataSource.query(`UPDATE theme_day SET starts_at = now() - interval '1 hour' WHERE id = $1`, [pastThemeDay]);
    const [otherGrant]: { id: string }[] = await t.database.dataSource.query(
      `INSERT INTO role_grant (account_id, role, organisation_id, unit_id) VALUES ($1, 'EDITOR', $2, $3) RETURNING id`,
      [other.id, editorOrg, (unit as { id: string }).id],
    );
    const synonymGroup = await t.app.get(SynonymsService).create(ADMIN_CTX, { terms: [`matrix${other.id}`, `matrixord ${other.id}`] });
    const [requirement]: { id: string }[] = await t.database.dataSource.query(
      `INSERT INTO coverage_requirement (network_id, situation_key, label) VALUES ($1, 'discharge', 'Udskrivning') RETURNING id`,
      [networkId],
    );
    return {
      coverageRequirement: requirement.id,
      synonymGroup: (synonymGroup as { id: string }).id,
      freshWord: `matrixny${other.id}`,
      ...(await networkFixture(t.app, networkId, editorOrg)),
      ...(await supervisionFixture(t.app, networkId)),
      network: networkId,
      themeDay: day,
      registration: (
        await t.graphql<{ registerForThemeDay: { id: string } }>(
          `mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { ... on ThemeDayRegistration { id } } }`,
          { input: { themeDayId: day, name: 'Matrix Deltager (demo)', email: `deltager${withoutDigits(other.id)}@example.org` } },
        )
      ).data!.registerForThemeDay.id,
      pastThemeDay,
      pendingAccount: pending!.id,
      otherAccount: other.id,
      otherGrant: otherGrant.id,
      org: editorOrg,
      unit: (unit as { id: string }).id,
      contact: (contact as { id: string }).id,
      person: (person as { id: string }).id,
      offer: (offer as { id: string }).id,
      emptyOrg: empty.data!.createOrganisation.id,
    };
  }

  it('has a rule for every mutation in the schema, and no rule for one that is gone', async () => {
    const introspection = await t.graphql<IntrospectionQuery>(getIntrospectionQuery());
    const mutations = Object.keys(buildClientSchema(introspection.data!).getMutationType()!.getFields()).sort();
    expect(Object.keys(RULES).sort()).toEqual(mutations);
    for (const [name, rule] of Object.entries(RULES)) if (rule !== 'anyone') expect(OPERATIONS[name]).toBeDefined();
  });

  /**
   * One set of fresh records per mutation, shared by its four roles. The roles run from the least
   * to the most privileged, so every refused call meets untouched records; an allowed call may
   * change them for the next allowed one, which then meets, say, NotFound, never Forbidden.
   */
  const fixtures = new Map<string, Promise<Fixture>>();
  const fixtureFor = (mutation: string): Promise<Fixture> => {
    if (!fixtures.has(mutation)) fixtures.set(mutation, fixture());
    return fixtures.get(mutation)!;
  };

  const cases = Object.entries(RULES)
    .filter(([, rule]) => rule !== 'anyone')
    .flatMap(([mutation, rule]) => (Object.keys(RANK) as Role[]).map((role) => [mutation, role, RANK[role] >= NEEDS[rule]] as const));

  it.each(cases)('%s as %s: allowed = %s', async (mutation, role, allowed) => {
    const { query, variables } = OPERATIONS[mutation](await fixtureFor(mutation));
    const res = await t.graphql<Record<string, { __typename: string }>>(query, variables, { token: tokens[role] });
    expect(res.errors).toBeUndefined();
    const typename = res.data![mutation].__typename;
    if (allowed) expect(typename).not.toBe('ForbiddenError');
    else expect(typename).toBe('ForbiddenError');
    // Ending every session refuses the access token at once too: sign in again for the next cases.
    if (mutation === 'signOutEverywhere' && allowed) await signInAll();
  });

  it('shows STAFF channels to every signed-in role and to no anonymous caller', async () => {
    const contact = await t.app.get(ContactsService).create(ADMIN_CTX, {
      name: 'Matrix med direkte linje',
      organisationId: editorOrg,
      channels: [
        { kind: 'PHONE' as never, value: '70707070' },
        { kind: 'PHONE' as never, value: '40404040', visibility: 'STAFF' as never },
      ],
    });
    const id = (contact as { id: string }).id;
    for (const role of Object.keys(RANK) as Role[]) {
      const res = await t.graphql<{ contact: { channels: { visibility: string }[] } }>(
        `query ($id: ID!) { contact(id: $id) { channels { visibility } } }`,
        { id },
        { token: tokens[role] },
      );
      const staff = res.data!.contact.channels.some((c) => c.visibility === 'STAFF');
      expect([role, staff]).toEqual([role, role !== 'anonymous']);
    }
  });
});
