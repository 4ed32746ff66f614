import { Deleted, RequestContext } from '#core';
import { ChannelKind, DeletionPreviews, DirectoryModule, UnitsService, Visibility, Weekday, type Organisation } from '#directory';
import { ADMIN_CTX, createModuleContext, editorOf, makeContact, makeOffer, makeOrganisation, makeUnit, type TestContext } from '#testing';

const counts = (items: { key: string; count: number }[]) => Object.fromEntries(items.map((i) => [i.key, i.count]));

describe('deletionPreview', () => {
  let t: TestContext;
  let previews: DeletionPreviews;
  let org: Organisation;

  beforeAll(async () => {
    t = await createModuleContext({ imports: [DirectoryModule] });
    previews = t.context.get(DeletionPreviews);
    org = await makeOrganisation(t.context, { name: 'Sletteprøve Kommune' });
  });
  afterAll(() => t.close());

  it('names what goes with a contact: channels, hours, situations and the contacts it stands in for', async () => {
    const contact = await makeContact(t.context, {
      organisationId: org.id,
      situations: ['transition-18'],
      channels: [
        { kind: ChannelKind.PHONE, value: '33123456', visibility: Visibility.PUBLIC },
        { kind: ChannelKind.EMAIL, value: 'vagt@example.org', visibility: Visibility.PUBLIC },
      ],
      openingHours: {
        weekly: [{ day: Weekday.MON, opens: '08:00', closes: '15:00' }],
        exceptions: [{ date: '2027-12-24', closed: true }],
      },
    });
    await makeContact(t.context, { organisationId: org.id, name: 'Den anden', deputyId: contact.id });
    const preview = await previews.preview(editorOf(org.id), contact.id);
    expect(preview).toMatchObject({ recordType: 'CONTACT', name: contact.name, blockedBy: [] });
    expect(counts(preview!.goes)).toEqual({ channels: 2, weeklyHours: 1, hoursExceptions: 1, situations: 1, deputyOf: 1 });
  });

  it('names what blocks a unit, as the delete does', async () => {
    const unit = await makeUnit(t.context, { organisationId: org.id });
    await makeUnit(t.context, { organisationId: org.id, parentId: unit.id, name: 'Under' });
    await makeContact(t.context, { organisationId: org.id, unitId: unit.id });
    await makeOffer(t.context, { organisationId: org.id, unitId: unit.id });
    const preview = await previews.preview(editorOf(org.id), unit.id);
    expect(counts(preview!.blockedBy)).toEqual({ units: 1, contacts: 1, offers: 1 });
    const refused = await t.context.get(UnitsService).delete(editorOf(org.id), unit.id);
    expect(refused).not.toBeInstanceOf(Deleted);
    const empty = await makeUnit(t.context, { organisationId: org.id, name: 'Tom' });
    expect((await previews.preview(editorOf(org.id), empty.id))!.blockedBy).toEqual([]);
  });

  it('is null for those who may not delete, and for an unknown or malformed id', async () => {
    const other = await makeOrganisation(t.context, { name: 'Anden Kommune', municipalityCode: '0219' });
    const contact = await makeContact(t.context, { organisationId: other.id });
    await expect(previews.preview(editorOf(org.id), contact.id)).resolves.toBeNull();
    await expect(previews.preview(new RequestContext(), contact.id)).resolves.toBeNull();
    // Organisations: administrators only, as deleteOrganisation.
    await expect(previews.preview(editorOf(org.id), org.id)).resolves.toBeNull();
    expect(counts((await previews.preview(ADMIN_CTX, org.id))!.blockedBy)).toMatchObject({ units: 3 });
    await expect(previews.preview(ADMIN_CTX, '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')).resolves.toBeNull();
    await expect(previews.preview(ADMIN_CTX, 'x')).resolves.toBeNull();
  });
});
