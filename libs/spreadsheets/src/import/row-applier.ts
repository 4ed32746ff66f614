import type { EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type MutationFailure, type RequestContext } from '#core';
import type { Contact, ContactsService, ImportItem, ImportVerification, Offer, OffersService } from '#directory';
import type { ExistingRecords } from './existing-records.js';
import { matchKey } from './existing-records.js';
import type { ImportStore } from './import-store.js';
import { ImportAction } from './import.types.js';
import { contactPlan, offerPlan, type Plan } from './row-plan.js';
import { problemsOfFieldErrors, type SheetRow } from './sheet-rows.js';

export interface RowOutcome {
  action: ImportAction;
  recordId: string | null;
  changedFields: string[];
}

/** A row without problems, matched and compared with the record it updates; what it sends to `importMany`, if anything. */
interface Planned {
  row: SheetRow;
  current: Contact | Offer | null;
  plan: Plan<object>;
  verify: ImportVerification | null;
  item: ImportItem<object, object> | null;
}

function failed(result: unknown): result is MutationFailure {
  return [ValidationError, NotFoundError, ConflictError, ForbiddenError].some((type) => result instanceof type);
}

const REFUSED: RowOutcome = { action: ImportAction.ERROR, recordId: null, changedFields: [] };

/**
 * Applies the rows through the directory's `importMany` (the checks of its create, update and verify mutations, all
 * contacts in one call and all offers in another), in the import's transaction, which it joins.
 */
export class RowApplier {
  constructor(
    private readonly ctx: RequestContext,
    private readonly services: { contacts: ContactsService; offers: OffersService; store: ImportStore },
    private readonly existing: ExistingRecords,
    private readonly target: { organisationId: string; unitId: string | null; fileName: string | null },
  ) {}

  /** Every row's outcome, in order; the problems of refused rows are added to them. `progress`: rows done so far, after each type. */
  async applyAll(manager: EntityManager, rows: SheetRow[], progress?: (done: number) => void): Promise<RowOutcome[]> {
    // Matched in sheet order, as each row claims the record it updates.
    const planned = rows.map((row) => (row.problems.length ? null : this.plan(row)));
    const results = new Map<Planned, Contact | Offer | MutationFailure>();
    let done = planned.filter((p) => !p).length;
    for (const kind of ['CONTACT', 'OFFER'] as const) {
      done += planned.filter((p) => p?.row.kind === kind).length;
      const sent = planned.filter((p): p is Planned & { item: ImportItem<object, object> } => p?.row.kind === kind && p.item !== null);
      if (!sent.length) continue;
      const items = sent.map((p) => p.item);
      const answers =
        kind === 'CONTACT'
          ? await this.services.contacts.importMany(this.ctx, items as Parameters<ContactsService['importMany']>[1])
          : await this.services.offers.importMany(this.ctx, items as Parameters<OffersService['importMany']>[1]);
      sent.forEach((p, i) => results.set(p, Array.isArray(answers) ? answers[i] : answers));
      progress?.(done);
    }
    const outcomes: RowOutcome[] = [];
    for (const p of planned) outcomes.push(p ? await this.outcome(manager, p, p.item ? results.get(p)! : p.current!) : REFUSED);
    return outcomes;
  }

  private plan(row: SheetRow): Planned {
    const { organisationId, unitId, fileName } = this.target;
    const current = this.existing.find(row);
    const plan =
      row.kind === 'CONTACT'
        ? contactPlan(row, organisationId, unitId, current as Contact | null)
        : offerPlan(row, organisationId, unitId, current as Offer | null);
    // Confirmed on the day of the "Sidst bekræftet" column, when it says another day than the record; never otherwise.
    const day = row.values.lastVerified;
    const verify =
      day && current?.lastVerifiedAt?.toISOString().slice(0, 10) !== day
        ? { at: new Date(`${day}T12:00:00Z`), by: row.values.verifiedBy ?? `Import af ${fileName ?? 'regneark'}` }
        : null;
    const item = !current
      ? { create: plan.input, verify }
      : plan.changed.length || verify
        ? { id: current.id, update: plan.changed.length ? plan.input : null, verify }
        : null;
    return { row, current, plan, verify, item };
  }

  private async outcome(manager: EntityManager, p: Planned, result: Contact | Offer | MutationFailure): Promise<RowOutcome> {
    const { row, current, plan, verify } = p;
    if (failed(result)) {
      const problems =
        result instanceof ValidationError && result.fieldErrors.length
          ? problemsOfFieldErrors(row, result.fieldErrors, plan.channelColumns)
          : [{ rowNumber: row.rowNumber, column: '', message: result.message }];
      row.problems.push(...problems);
      return REFUSED;
    }
    if (!current || !this.existing.isLinkedAs(row.kind, row, result.id))
      await this.services.store.link(manager, this.target.organisationId, row.kind, matchKey(row), result.id);
    const changedFields = current ? [...plan.changed, ...(verify ? ['lastVerifiedAt'] : [])] : [];
    const action = !current ? ImportAction.CREATE : changedFields.length ? ImportAction.UPDATE : ImportAction.UNCHANGED;
    return { action, recordId: result.id, changedFields };
  }
}
