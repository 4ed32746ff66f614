import type { INestApplicationContext } from '@nestjs/common';
import { RequestContext } from '#core';
import {
  AccessRoute,
  Contact,
  ContactsService,
  Offer,
  OffersService,
  Organisation,
  OrganisationsService,
  Sector,
  Unit,
  UnitsService,
  type CreateContactInput,
  type CreateOfferInput,
  type CreateOrganisationInput,
  type CreateUnitInput,
} from '#directory';

/** A signed-in administrator, for tests that set up records through the services. */
export const ADMIN_CTX = new RequestContext({
  kind: 'account',
  accountId: '00000000-0000-4000-8000-00000000ad01',
  grants: [{ role: 'ADMIN' }],
});

/** A signed-in editor of one organisation, or of one unit (and the units below it) when `unitId` is given. */
export function editorOf(organisationId: string, unitId?: string): RequestContext {
  return new RequestContext({
    kind: 'account',
    accountId: '00000000-0000-4000-8000-00000000ed01',
    grants: [{ role: 'EDITOR', organisationId: unitId ? null : organisationId, unitId: unitId ?? null }],
  });
}

/** Unwraps a mutation result, failing the test with the typed error when there is one. */
export function ok<T>(result: unknown, type: new () => T): T {
  if (result instanceof type) return result;
  throw new Error(`Forventede ${type.name}, fik ${JSON.stringify(result)}`);
}

export async function makeOrganisation(
  context: INestApplicationContext,
  input: Partial<CreateOrganisationInput> = {},
): Promise<Organisation> {
  const result = await context
    .get(OrganisationsService)
    .create(ADMIN_CTX, { name: 'Testkommune Ungeforvaltning', sector: Sector.MUNICIPAL, municipalityCode: '0217', ...input });
  return ok(result, Organisation);
}

export async function makeUnit(
  context: INestApplicationContext,
  input: Partial<CreateUnitInput> & { organisationId: string },
): Promise<Unit> {
  return ok(await context.get(UnitsService).create(ADMIN_CTX, { name: 'Ungeteamet', ...input }), Unit);
}

export async function makeContact(
  context: INestApplicationContext,
  input: Partial<CreateContactInput> & { organisationId: string },
): Promise<Contact> {
  return ok(await context.get(ContactsService).create(ADMIN_CTX, { name: 'Vagttelefonen', ...input }), Contact);
}

export async function makeOffer(
  context: INestApplicationContext,
  input: Partial<CreateOfferInput> & { organisationId: string },
): Promise<Offer> {
  return ok(
    await context
      .get(OffersService)
      .create(ADMIN_CTX, { name: 'Samtaleforløb for unge', accessRoute: AccessRoute.SELF_REFERRAL, ...input }),
    Offer,
  );
}
