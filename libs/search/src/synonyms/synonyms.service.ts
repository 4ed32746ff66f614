import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  AuditAction,
  AuditTrail,
  ConflictError,
  Deleted,
  ForbiddenError,
  MutationRejected,
  NotFoundError,
  isUuid,
  mutate,
  text,
  ValidationError,
  validateFields,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { foldWord } from '../query/query-understanding.js';
import { SEARCH_ENGINE, type SearchEngine, type SynonymGroup } from '../search-engine.port.js';
import { SynonymGroupRecord, type SynonymGroupInput } from './synonym.types.js';

const WHAT = 'Synonymgruppen';

/** A term as search compares it: folded words ("Børne- og Ungdomspsykiatri" → "borne og ungdomspsykiatri"). */
export function termKey(term: string): string {
  return foldWord(term)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}

const term = text.required(80).refine((t) => t === '' || /[\p{L}\p{N}]/u.test(t), 'Skal indeholde et bogstav eller et tal.');
const groupSchema = z.object({
  terms: z
    .array(term, 'Skal være en liste af ord eller udtryk.')
    .min(2, 'Skriv mindst to ord eller udtryk, der betyder det samme.')
    .max(20, 'Højst 20 ord eller udtryk i en gruppe.'),
});

/** The group's terms, or every field error at once: bad terms, and terms already in the group among the good ones. */
function checkGroup(input: SynonymGroupInput): { terms: string[] } | ValidationError {
  const { value, errors } = validateFields(groupSchema, input);
  const failed = new Set(errors.map((e) => e.path));
  const seen = new Set<string>();
  (Array.isArray(input.terms) ? input.terms : []).forEach((t, i) => {
    if (typeof t !== 'string' || failed.has(`input.terms.${i}`)) return;
    const key = termKey(t.trim());
    if (seen.has(key)) errors.push({ path: `input.terms.${i}`, message: 'Står allerede i gruppen.' });
    seen.add(key);
  });
  return errors.length || !value.terms ? ValidationError.of(errors) : { terms: value.terms };
}

interface Row {
  id: string;
  terms: string[];
  updated_at: Date;
}
const toRecord = (row: Row): SynonymGroupRecord =>
  Object.assign(new SynonymGroupRecord(), { id: row.id, terms: row.terms, updatedAt: new Date(row.updated_at) });

/**
 * The synonym groups search uses, as data: administrators and network coordinators edit them, every
 * change is audited, and the engine gets every group again after each change (and at start-up).
 */
@Injectable()
export class SynonymsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Synonymer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.push();
  }

  /** Every group, by its first term. */
  async list(): Promise<SynonymGroupRecord[]> {
    const rows: Row[] = await this.dataSource.query(`SELECT id, terms, updated_at FROM search_synonym ORDER BY lower(terms[1]), id`);
    return rows.map(toRecord);
  }

  /** The groups as the engine takes them. */
  async groups(manager: EntityManager = this.dataSource.manager): Promise<SynonymGroup[]> {
    const rows: { terms: string[] }[] = await manager.query(`SELECT terms FROM search_synonym ORDER BY created_at, id`);
    return rows.map((r) => r.terms);
  }

  async create(ctx: RequestContext, input: SynonymGroupInput): Promise<SynonymGroupRecord | MutationFailure> {
    const checked = checkGroup(input);
    if (checked instanceof ValidationError) return checked;
    const result = await mutate(this.dataSource, async (manager) => {
      assertMayEdit(ctx);
      await assertTermsFree(manager, checked.terms, null);
      const [row]: Row[] = await manager.query(`INSERT INTO search_synonym (terms) VALUES ($1) RETURNING id, terms, updated_at`, [
        checked.terms,
      ]);
      await this.audited(manager, ctx, row.id, AuditAction.CREATE, null, row.terms);
      return toRecord(row);
    });
    return this.pushAfter(result);
  }

  async update(ctx: RequestContext, id: string, input: SynonymGroupInput): Promise<SynonymGroupRecord | MutationFailure> {
    const checked = checkGroup(input);
    if (checked instanceof ValidationError) return checked;
    const result = await mutate(this.dataSource, async (manager) => {
      assertMayEdit(ctx);
      const before = await lockGroup(manager, id);
      await assertTermsFree(manager, checked.terms, id);
      const [[row]]: [Row[], number] = await manager.query(
        `UPDATE search_synonym SET terms = $2, updated_at = clock_timestamp() WHERE id = $1 RETURNING id, terms, updated_at`,
        [id, checked.terms],
      );
      await this.audited(manager, ctx, id, AuditAction.UPDATE, before.terms, row.terms);
      return toRecord(row);
    });
    return this.pushAfter(result);
  }

  async delete(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    const result = await mutate(this.dataSource, async (manager) => {
      assertMayEdit(ctx);
      const before = await lockGroup(manager, id);
      await manager.query(`DELETE FROM search_synonym WHERE id = $1`, [id]);
      await this.audited(manager, ctx, id, AuditAction.DELETE, before.terms, null);
      return Object.assign(new Deleted(), { id });
    });
    return this.pushAfter(result);
  }

  /** Gives the engine every group; a failure is logged (an engine that can retry, retries). */
  async push(): Promise<void> {
    try {
      await this.engine.setSynonyms(await this.groups());
    } catch (error) {
      this.logger.warn(`Synonymerne kunne ikke gives til søgemaskinen: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async pushAfter<T>(result: T | MutationFailure): Promise<T | MutationFailure> {
    if (result instanceof SynonymGroupRecord || result instanceof Deleted) await this.push();
    return result;
  }

  private audited(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    action: AuditAction,
    before: string[] | null,
    after: string[] | null,
  ): Promise<void> {
    return this.audit.record(manager, ctx, {
      entityType: 'SynonymGroup',
      entityId: id,
      organisationId: null,
      action,
      before: before && { terms: before },
      after: after && { terms: after },
    });
  }
}

/** Administrators and every network coordinator (of any network) keep the synonyms. */
function assertMayEdit(ctx: RequestContext): void {
  if (!ctx.accountId) throw new MutationRejected(ForbiddenError.of('Log ind for at redigere synonymer.'));
  if (!ctx.isAdmin && !ctx.hasRole('NETWORK_COORDINATOR'))
    throw new MutationRejected(ForbiddenError.of('Kun administratorer og netværkskoordinatorer kan redigere synonymer.'));
}

async function lockGroup(manager: EntityManager, id: string): Promise<Row> {
  if (!isUuid(id)) throw new MutationRejected(NotFoundError.of(WHAT, id));
  const [row]: Row[] = await manager.query(`SELECT id, terms, updated_at FROM search_synonym WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw new MutationRejected(NotFoundError.of(WHAT, id));
  return row;
}

/** A term belongs to one group only. The table lock makes two editors adding the same term wait for each other. */
async function assertTermsFree(manager: EntityManager, terms: string[], ownId: string | null): Promise<void> {
  await manager.query(`LOCK TABLE search_synonym IN SHARE ROW EXCLUSIVE MODE`);
  const others: { terms: string[] }[] = await manager.query(`SELECT terms FROM search_synonym WHERE id IS DISTINCT FROM $1`, [ownId]);
  for (const t of terms) {
    const other = others.find((o) => o.terms.some((x) => termKey(x) === termKey(t)));
    if (other) throw new MutationRejected(ConflictError.of(`"${t}" står allerede i gruppen "${other.terms.join(', ')}".`));
  }
}
