import type { EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type MutationFailure, type RequestContext } from '#core';
import type { Contact, ContactsService, Offer, OffersService } from '#directory';
import type { ExistingRecords } from './existing-records.js';
import { matchKey } from './existing-records.js';
import type { ImportStore } from './import-store.js';
import { ImportAction } from './import.types.js';
import { contactPlan, offerPlan, revertInput } from './row-plan.js';
import { problemsOfFieldErrors, type SheetRow } from './sheet-rows.js';

/** How to take a committed row back, should a later part of the import fail (imports committed in parts). */
export type Undo =
  | { kind: 'CONTACT' | 'OFFER'; id: string; created: true }
  | {
      kind: 'CONTACT' | 'OFFER';
      id: string;
      created: false;
      revert: Record<string, unknown>;
      verified: { at: Date | null; by: string | null } | null;
    };

export interface RowOutcome {
  action: ImportAction;
  recordId: string | null;
  changedFields: string[];
  undo?: Undo;
}

function failed(result: unknown): result is MutationFailure {
  return [ValidationError, NotFoundError, ConflictError, ForbiddenError].some((type) => result instanceof type);
}

/** Applies one row through the directory's mutations (which join the import's transaction). */
export class RowApplier {
  constructor(
    private readonly ctx: RequestContext,
    private readonly services: { contacts: ContactsService; offers: OffersService; store: ImportStore },
    private readonly existing: ExistingRecords,
    private readonly target: { organisationId: string; unitId: string | null; fileName: string | null },
  ) {}

  async apply(manager: EntityManager, row: SheetRow): Promise<RowOutcome> {
    const { contacts, offers, store } = this.services;
    const { organisationId, unitId } = this.target;
    const current = this.existing.find(row);
    const plan =
      row.kind === 'CONTACT'
        ? contactPlan(row, organisationId, unitId, current as Contact | null)
        : offerPlan(row, organisationId, unitId, current as Offer | null);
    let result: Contact | Offer | MutationFailure | null = current;
    if (!current) {
      result =
        row.kind === 'CONTACT'
          ? await contacts.create(this.ctx, plan.input as Parameters<ContactsService['create']>[1])
          : await offers.create(this.ctx, plan.input as Parameters<OffersService['create']>[1]);
    } else if (plan.changed.length) {
      result =
        row.kind === 'CONTACT'
          ? await contacts.update(this.ctx, current.id, plan.input)
          : await offers.update(this.ctx, current.id, plan.input);
    }
    if (failed(result)) return this.refused(row, result, plan.channelColumns);
    const record = result as Contact | Offer;
    const verified = await this.verify(row, record);
    if (failed(verified)) return this.refused(row, verified, []);
    if (!current || !this.existing.isLinkedAs(row.kind, row, record.id))
      await store.link(manager, organisationId, row.kind, matchKey(row), record.id);
    const changedFields = current ? [...plan.changed, ...(verified ? ['lastVerifiedAt'] : [])] : [];
    const action = !current ? ImportAction.CREATE : changedFields.length ? ImportAction.UPDATE : ImportAction.UNCHANGED;
    const undo: Undo | undefined = !current
      ? { kind: row.kind, id: record.id, created: true }
      : changedFields.length
        ? {
            kind: row.kind,
            id: record.id,
            created: false,
            revert: revertInput(current, plan.changed),
            verified: verified ? { at: current.lastVerifiedAt, by: current.lastVerifiedBy } : null,
          }
        : undefined;
    return { action, recordId: record.id, changedFields, undo };
  }

  /** Confirmed on the day of the "Sidst bekræftet" column, when it says another day than the record; never otherwise. */
  private async verify(row: SheetRow, record: Contact | Offer): Promise<Contact | Offer | MutationFailure | null> {
    const day = row.values.lastVerified;
    if (!day || record.lastVerifiedAt?.toISOString().slice(0, 10) === day) return null;
    const input = { id: record.id, verifiedBy: row.values.verifiedBy ?? `Import af ${this.target.fileName ?? 'regneark'}` };
    const at = new Date(`${day}T12:00:00Z`);
    return row.kind === 'CONTACT' ? this.services.contacts.verify(this.ctx, input, at) : this.services.offers.verify(this.ctx, input, at);
  }

  private refused(row: SheetRow, failure: MutationFailure, channelColumns: (string | undefined)[]): RowOutcome {
    const problems =
      failure instanceof ValidationError && failure.fieldErrors.length
        ? problemsOfFieldErrors(row, failure.fieldErrors, channelColumns)
        : [{ rowNumber: row.rowNumber, column: '', message: failure.message }];
    row.problems.push(...problems);
    return { action: ImportAction.ERROR, recordId: null, changedFields: [] };
  }
}
