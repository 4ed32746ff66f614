import { AuditTrail } from '#core';
import { AccessRoute, CHANNEL_ITEMS, ChannelKind, OffersService, Weekday, itemEdit } from '#directory';
import { ADMIN_CTX, editorOf, makeContact, makeOffer, makeOrganisation } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

// Channels and opening hours edited one item at a time (issue 17): adding one never removes another.
const CHANNELS = `channels { id kind value label visibility }`;
const HOURS = `openingHours { weekly { id day opens closes } exceptions { id date closed note } }`;
const RESULT = `__typename ... on ErrorResult { code message } ... on ValidationError { fieldErrors { path message } }`;
const OFFER = `... on Offer { id ${CHANNELS} ${HOURS} }`;

type Channel = { id: string; kind: string; value: string; label: string | null; visibility: string };
type Result = {
  __typename: string;
  code?: string;
  message?: string;
  fieldErrors?: { path: string; message: string }[];
  channels?: Channel[];
  openingHours?: { weekly: { id: string; day: string }[]; exceptions: { id: string; date: string }[] } | null;
};

describe('item-by-item channels and opening hours over GraphQL', () => {
  let t: TestApp;
  let token: string;
  let organisationId: string;

  const run = async (field: string, args: string, variables: Record<string, unknown>, as: string | null = token) => {
    const signature = Object.keys(variables)
      .map((name) => `$${name}: ${name.endsWith('Id') ? 'ID!' : (VARIABLE_TYPES[name] ?? 'String')}`)
      .join(', ');
    const res = await t.graphql<Record<string, Result>>(
      `mutation (${signature}) { ${field}(${args}) { ${RESULT} ${field.includes('Contact') ? `... on Contact { id ${CHANNELS} }` : OFFER} } }`,
      variables,
      { token: as ?? undefined },
    );
    expect(res.errors).toBeUndefined();
    return res.data![field];
  };
  const VARIABLE_TYPES: Record<string, string> = {
    channel: 'ChannelInput!',
    hours: 'WeeklyHoursInput!',
    exception: 'HoursExceptionInput!',
  };
  const offerWithTwoChannels = () =>
    makeOffer(t.app, {
      organisationId,
      channels: [
        { kind: ChannelKind.PHONE, value: '70 20 30 40', label: 'Rådgivning' },
        { kind: ChannelKind.SMS, value: '+45 40 50 60 70' },
      ],
    });
  const channelsOf = async (id: string) => {
    const res = await t.graphql<{ offer: { channels: Channel[] } }>(
      `query ($id: ID!) { offer(id: $id) { ${CHANNELS} } }`,
      { id },
      { token },
    );
    return res.data!.offer.channels;
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await signInAsAdmin(t);
    organisationId = (await makeOrganisation(t.app, { name: 'Kanalkommunen' })).id;
  });
  afterAll(() => t?.close());

  it('adds a channel and keeps the others, with the change in the history', async () => {
    const offer = await offerWithTwoChannels();
    const added = await run('addOfferChannel', 'offerId: $offerId, input: $channel', {
      offerId: offer.id,
      channel: { kind: 'PHONE', value: '33 44 55 66', label: 'Vagttelefon', visibility: 'STAFF' },
    });
    expect(added.__typename).toBe('Offer');
    expect(added.channels!.map((c) => [c.kind, c.value, c.label, c.visibility])).toEqual([
      ['PHONE', '+45 70 20 30 40', 'Rådgivning', 'PUBLIC'],
      ['SMS', '+45 40 50 60 70', null, 'PUBLIC'],
      ['PHONE', '+45 33 44 55 66', 'Vagttelefon', 'STAFF'],
    ]);
    const history = await t.app.get(AuditTrail).history(ADMIN_CTX, offer.id);
    expect(history[0].action).toBe('UPDATE');
    expect(history[0].changes.map((c) => c.field)).toEqual(['channels']);
  });

  it("names who made each change in the history, with each field's before and after; anonymous viewers get nothing", async () => {
    const offer = await offerWithTwoChannels();
    await run('addOfferChannel', 'offerId: $offerId, input: $channel', {
      offerId: offer.id,
      channel: { kind: 'EMAIL', value: 'raad@example.org' },
    });
    const query = `query ($id: ID!) { history(entityId: $id) { action accountId accountName changes { field before after } } }`;
    type History = {
      history: {
        action: string;
        accountId: string | null;
        accountName: string | null;
        changes: { field: string; before: string | null; after: string | null }[];
      }[];
    };
    const res = await t.graphql<History>(query, { id: offer.id }, { token });
    expect(res.errors).toBeUndefined();
    const [update] = res.data!.history;
    expect(update).toMatchObject({ action: 'UPDATE', accountName: 'Test Administrator' });
    expect(update.changes.map((c) => c.field)).toEqual(['channels']);
    expect(update.changes[0].before).not.toContain('raad@example.org');
    expect(update.changes[0].after).toContain('raad@example.org');
    const anonymous = await t.graphql<History>(query, { id: offer.id });
    expect(anonymous.data?.history ?? null).toBeNull();
    expect(anonymous.errors?.[0].message).toBe('Log ind for at se ændringshistorik.');
  });

  it('updates and removes only the channel named by its id', async () => {
    const offer = await offerWithTwoChannels();
    const [phone, sms] = await channelsOf(offer.id);
    const updated = await run('updateOfferChannel', 'offerId: $offerId, channelId: $channelId, input: $channel', {
      offerId: offer.id,
      channelId: phone.id,
      channel: { kind: 'PHONE', value: '70 20 30 41', label: 'Rådgivning' },
    });
    expect(updated.channels!.map((c) => c.value)).toEqual(['+45 70 20 30 41', '+45 40 50 60 70']);
    const removed = await run('removeOfferChannel', 'offerId: $offerId, channelId: $channelId', { offerId: offer.id, channelId: sms.id });
    expect(removed.channels!.map((c) => c.value)).toEqual(['+45 70 20 30 41']);
    // The old id named the channel as it was: an edit made on that view finds nothing and changes nothing.
    const stale = await run('removeOfferChannel', 'offerId: $offerId, channelId: $channelId', { offerId: offer.id, channelId: phone.id });
    expect(stale).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect((await channelsOf(offer.id)).map((c) => c.value)).toEqual(['+45 70 20 30 41']);
  });

  it('answers a bad channel with Danish field messages and changes nothing', async () => {
    const offer = await offerWithTwoChannels();
    const before = await channelsOf(offer.id);
    const bad = await run('addOfferChannel', 'offerId: $offerId, input: $channel', {
      offerId: offer.id,
      channel: { kind: 'PHONE', value: '12', label: 'x'.repeat(101) },
    });
    expect(bad.__typename).toBe('ValidationError');
    // Every bad field in one answer: the number is checked for its kind even when the label is too long.
    expect(bad.fieldErrors).toEqual([
      { path: 'input.label', message: 'Må højst være 100 tegn.' },
      { path: 'input.value', message: 'Telefonnummeret skal have 8 cifre (dansk) eller starte med + og landekode.' },
    ]);
    const badPhone = await run('addOfferChannel', 'offerId: $offerId, input: $channel', {
      offerId: offer.id,
      channel: { kind: 'PHONE', value: '12' },
    });
    expect(badPhone.fieldErrors).toEqual([{ path: 'input.value', message: expect.stringContaining('Telefonnummeret') }]);
    const duplicate = await run('addOfferChannel', 'offerId: $offerId, input: $channel', {
      offerId: offer.id,
      channel: { kind: 'SMS', value: '40506070' },
    });
    expect(duplicate.fieldErrors).toEqual([{ path: 'input', message: 'Kanalen findes allerede.' }]);
    expect(await channelsOf(offer.id)).toEqual(before);
    expect((await t.app.get(AuditTrail).history(ADMIN_CTX, offer.id)).map((e) => e.action)).toEqual(['CREATE']);
  });

  it('refuses a caller without rights, and an editor of another organisation', async () => {
    const offer = await offerWithTwoChannels();
    const anonymous = await run(
      'addOfferChannel',
      'offerId: $offerId, input: $channel',
      { offerId: offer.id, channel: { kind: 'EMAIL', value: 'ung@example.org' } },
      null,
    );
    expect(anonymous).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const other = await makeOrganisation(t.app, { name: 'Nabokommunen' });
    const [phone] = await channelsOf(offer.id);
    const foreign = await t.app
      .get(OffersService)
      .update(editorOf(other.id), offer.id, {}, itemEdit(CHANNEL_ITEMS, { remove: { id: phone.id } }));
    expect(foreign).toMatchObject({ code: 'FORBIDDEN' });
    expect(await channelsOf(offer.id)).toHaveLength(2);
  });

  it("edits a contact's channels the same way", async () => {
    const contact = await makeContact(t.app, { organisationId, channels: [{ kind: ChannelKind.PHONE, value: '70 10 10 10' }] });
    const added = await run('addContactChannel', 'contactId: $contactId, input: $channel', {
      contactId: contact.id,
      channel: { kind: 'WEB', value: 'https://example.org/ung' },
    });
    expect(added.channels!.map((c) => c.value)).toEqual(['+45 70 10 10 10', 'https://example.org/ung']);
  });

  it('adds, updates and removes weekly hours and exceptions one at a time, and search sees the hours', async () => {
    const offer = await makeOffer(t.app, { organisationId, name: 'Åbningstidstilbud', accessRoute: AccessRoute.ANONYMOUS });
    const monday = await run('addOfferWeeklyHours', 'offerId: $offerId, input: $hours', {
      offerId: offer.id,
      hours: { day: Weekday.MON, opens: '08:00', closes: '15:00' },
    });
    const tuesday = await run('addOfferWeeklyHours', 'offerId: $offerId, input: $hours', {
      offerId: offer.id,
      hours: { day: Weekday.TUE, opens: '08:00', closes: '15:00' },
    });
    expect(tuesday.openingHours!.weekly.map((h) => h.day)).toEqual(['MON', 'TUE']);
    const bad = await run('addOfferWeeklyHours', 'offerId: $offerId, input: $hours', {
      offerId: offer.id,
      hours: { day: Weekday.WED, opens: '8', closes: '16:00' },
    });
    expect(bad.fieldErrors!.map((e) => e.path)).toEqual(['input.opens']);
    const changed = await run('updateOfferWeeklyHours', 'offerId: $offerId, weeklyHoursId: $weeklyHoursId, input: $hours', {
      offerId: offer.id,
      weeklyHoursId: monday.openingHours!.weekly[0].id,
      hours: { day: Weekday.MON, opens: '09:00', closes: '15:00' },
    });
    expect(changed.openingHours!.weekly).toHaveLength(2);
    const closed = await run('addOfferHoursException', 'offerId: $offerId, input: $exception', {
      offerId: offer.id,
      exception: { date: '2026-12-24', closed: true, note: 'Juleaften' },
    });
    expect(closed.openingHours!.exceptions.map((e) => e.date)).toEqual(['2026-12-24']);
    const open = await t.graphql<{ search: { edges: { node: { id: string } }[] } }>(
      `{ search(input: { query: "Åbningstidstilbud", openAt: "2026-03-03T10:00:00+01:00" }) { edges { node { ... on Offer { id } } } } }`,
    );
    expect(open.data!.search.edges.map((e) => e.node.id)).toContain(offer.id);
    const removed = await run('removeOfferHoursException', 'offerId: $offerId, exceptionId: $exceptionId', {
      offerId: offer.id,
      exceptionId: closed.openingHours!.exceptions[0].id,
    });
    expect(removed.openingHours!.exceptions).toEqual([]);
    expect(removed.openingHours!.weekly.map((h) => h.day)).toEqual(['MON', 'TUE']);
  });

  it('sets the hours-wide settings and leaves the weekly times and exceptions as they are', async () => {
    const offer = await makeOffer(t.app, { organisationId, name: 'Indstillingstilbud' });
    await run('addOfferWeeklyHours', 'offerId: $offerId, input: $hours', {
      offerId: offer.id,
      hours: { day: Weekday.WED, opens: '10:00', closes: '14:00' },
    });
    const before = await run('addOfferHoursException', 'offerId: $offerId, input: $exception', {
      offerId: offer.id,
      exception: { date: '2030-12-24', closed: true, note: 'Juleaften' },
    });
    const settings = `mutation ($id: ID!, $input: HoursSettingsInput!) { setOfferHoursSettings(offerId: $id, input: $input) {
      ${RESULT} ... on Offer { openingHours { alwaysOpen openOnHolidays note weekly { id } exceptions { id } } } } }`;
    type Settings = {
      setOfferHoursSettings: Result & { openingHours: { alwaysOpen: boolean; openOnHolidays: boolean; note: string | null } };
    };
    const set = await t.graphql<Settings>(
      settings,
      { id: offer.id, input: { openOnHolidays: true, alwaysOpen: true, note: 'Ring først' } },
      { token },
    );
    const hours = set.data!.setOfferHoursSettings.openingHours;
    expect(hours).toMatchObject({ alwaysOpen: true, openOnHolidays: true, note: 'Ring først' });
    expect(hours.weekly).toEqual(before.openingHours!.weekly.map(({ id }) => ({ id })));
    expect(hours.exceptions).toEqual(before.openingHours!.exceptions.map(({ id }) => ({ id })));
    const partly = await t.graphql<Settings>(settings, { id: offer.id, input: { alwaysOpen: false, note: '' } }, { token });
    expect(partly.data!.setOfferHoursSettings.openingHours).toMatchObject({ alwaysOpen: false, openOnHolidays: true, note: null });
    const tooLong = await t.graphql<Settings>(settings, { id: offer.id, input: { note: 'x'.repeat(301) } }, { token });
    expect(tooLong.data!.setOfferHoursSettings.fieldErrors).toEqual([{ path: 'input.note', message: 'Må højst være 300 tegn.' }]);
    const refused = await t.graphql<Settings>(settings, { id: offer.id, input: { alwaysOpen: true } });
    expect(refused.data!.setOfferHoursSettings.__typename).not.toBe('Offer');
  });
});
