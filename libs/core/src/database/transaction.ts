import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { MutationRejected, type MutationFailure } from '../errors/error-results.js';

/** The transaction a batch of mutations shares (an import), and what caused it, for the audit trail. */
interface SharedTransaction {
  manager: EntityManager;
  cause: string;
  /** Work batched up during the transaction (audit rows, search documents), run once before it commits. */
  beforeCommit: Map<string, () => Promise<void>>;
}

const shared = new AsyncLocalStorage<SharedTransaction>();

/**
 * Runs `work` in one transaction. A `MutationRejected` thrown inside rolls everything back and is
 * returned as the typed failure it carries; any other error rolls back and propagates. Inside
 * `inOneTransaction` it joins that transaction instead: the batch commits or rolls back as a whole.
 */
export async function mutate<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T | MutationFailure> {
  const outer = shared.getStore();
  try {
    return outer ? await work(outer.manager) : await dataSource.transaction(work);
  } catch (error) {
    if (error instanceof MutationRejected) return error.result;
    throw error;
  }
}

/**
 * Runs `work` in one transaction that every `mutate` inside it joins (all or nothing), with `cause`
 * (e.g. "import:<id>") recorded on each audit event. The caller throws to roll the whole batch back.
 * Reads inside must go through the shared manager: on PGlite another connection would wait for ever.
 */
export function inOneTransaction<T>(dataSource: DataSource, cause: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction((manager) => {
    const state: SharedTransaction = { manager, cause, beforeCommit: new Map() };
    return shared.run(state, async () => {
      const result = await work(manager);
      // Batched work may batch more (an audit row's flush publishing nothing, a search flush auditing nothing): until none is left.
      while (state.beforeCommit.size) {
        const due = [...state.beforeCommit.values()];
        state.beforeCommit.clear();
        for (const flush of due) await flush();
      }
      return result;
    });
  });
}

/**
 * Inside `inOneTransaction`: registers `flush` (once per `key`; later calls with the key are ignored until it ran) to
 * run in the transaction after the batch and before it commits, and returns the transaction's manager, so the
 * caller can collect what the flush writes in one go. Outside one (or in another transaction): null, do it now.
 * A batch that is rolled back (a dry run, a failed import) never runs its flushes.
 */
export function batchUntilCommit(manager: EntityManager, key: string, flush: () => Promise<void>): EntityManager | null {
  const state = shared.getStore();
  if (!state || state.manager !== manager) return null;
  if (!state.beforeCommit.has(key)) state.beforeCommit.set(key, flush);
  return state.manager;
}

/** What caused the shared transaction the caller runs in, if any. */
export function transactionCause(): string | null {
  return shared.getStore()?.cause ?? null;
}

/** The shared transaction's manager, if the caller runs in one: reads must use it on PGlite's one connection. */
export function sharedTransactionManager(): EntityManager | null {
  return shared.getStore()?.manager ?? null;
}
