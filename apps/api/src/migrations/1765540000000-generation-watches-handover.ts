import type { MigrationInterface, QueryRunner } from 'typeorm';
import { unwatchGeneration, watchGeneration } from './1765300000000-search-generation.js';

/**
 * The rest of what a kept anonymous answer reads (PublicAnswerCache): the handover guide's theme days and the
 * parties of their networks. Each committed change to them moves the directory's generation on, as the tables of
 * migration 1765300000000 do, with its function. Regions and memberships change only with migrations, before start
 * (GeographyReference).
 */
const WATCHED = ['theme_day', 'network_party'];

export class GenerationWatchesHandover1765540000000 implements MigrationInterface {
  name = 'GenerationWatchesHandover1765540000000';

  async up(db: QueryRunner): Promise<void> {
    await watchGeneration(db, WATCHED);
  }

  async down(db: QueryRunner): Promise<void> {
    await unwatchGeneration(db, WATCHED);
  }
}
