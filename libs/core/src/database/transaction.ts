import type { DataSource, EntityManager } from 'typeorm';
import { MutationRejected, type MutationFailure } from '../errors/error-results.js';

/**
 * Runs `work` in one transaction. A `MutationRejected` thrown inside rolls everything back and is
 * returned as the typed failure it carries; any other error rolls back and propagates.
 */
export async function mutate<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T | MutationFailure> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    if (error instanceof MutationRejected) return error.result;
    throw error;
  }
}
