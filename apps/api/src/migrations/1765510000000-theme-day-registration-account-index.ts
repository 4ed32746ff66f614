import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for what is looked up by account: "Mine data" and a registration check find an account's theme-day
 * registrations by account_id, and an account's supervision applications and hours through its network memberships
 * (supervision_participant by member_id, which the (group_id, member_id) key cannot serve). Both were scans.
 */
export class ThemeDayRegistrationAccountIndex1765510000000 implements MigrationInterface {
  name = 'ThemeDayRegistrationAccountIndex1765510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX theme_day_registration_account_idx ON theme_day_registration (account_id)`);
    await db.query(`CREATE INDEX supervision_participant_member_idx ON supervision_participant (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX supervision_participant_member_idx`);
    await db.query(`DROP INDEX theme_day_registration_account_idx`);
  }
}
