import type { EntityManager } from 'typeorm';
import type { FieldError, RequestContext } from '#core';
import type { OrganisationsService } from '../organisations/organisations.service.js';
import type { UnitsService } from '../units/units.service.js';
import { assertCanEdit } from './permissions.js';

/**
 * The permission and reference checks of the contact and offer mutations, in one transaction. Each check
 * asks the database once per organisation and unit however many records it is asked for, so an import of
 * many records into one unit pays for it once (a refusal is answered again to every record that asks).
 */
export class EditChecks {
  private readonly asked = new Map<string, Promise<unknown>>();

  constructor(
    readonly manager: EntityManager,
    private readonly ctx: RequestContext,
    private readonly services: { organisations: OrganisationsService; units: UnitsService },
  ) {}

  /** `assertCanEdit`: throws the refusal when the caller may not edit records of that organisation and unit. */
  canEdit(organisationId: string, unitId: string | null): Promise<void> {
    return this.once(`edit|${organisationId}|${unitId}`, () => assertCanEdit(this.manager, this.ctx, organisationId, unitId));
  }

  /** What `create` checks of every new contact and offer: permission (once its fields are right), its organisation and unit. */
  async forNew(organisationId: string, unitId: string | null, errors: FieldError[]): Promise<FieldError[]> {
    // Field errors answer before permission, as a bad shape always has (the public contract).
    if (!errors.length) await this.canEdit(organisationId, unitId);
    return [
      ...errors,
      ...(await this.organisationExists(organisationId, 'input.organisationId')),
      ...(await this.unitBelongsTo(organisationId, unitId, 'input.unitId')),
    ];
  }

  organisationExists(organisationId: string, path: string): Promise<FieldError[]> {
    return this.once(`org|${organisationId}|${path}`, () => this.services.organisations.mustExist(this.manager, organisationId, path));
  }

  unitBelongsTo(organisationId: string, unitId: string | null | undefined, path: string): Promise<FieldError[]> {
    return this.once(`unit|${organisationId}|${unitId}|${path}`, () =>
      this.services.units.mustBelongTo(this.manager, organisationId, unitId, path),
    );
  }

  private once<T>(key: string, ask: () => Promise<T>): Promise<T> {
    let answer = this.asked.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = ask();
      this.asked.set(key, answer);
    }
    return answer;
  }
}
