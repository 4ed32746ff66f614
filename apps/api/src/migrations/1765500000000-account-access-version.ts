import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An account's access version: raised by the database whenever one of its role grants is given, changed or taken
 * (whoever writes role_grant), so an access token issued under an older version is seen to carry old grants.
 */
export class AccountAccessVersion1765500000000 implements MigrationInterface {
  name = 'AccountAccessVersion1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account ADD COLUMN access_version integer NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE FUNCTION account_access_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE account SET access_version = access_version + 1 WHERE id = OLD.account_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.account_id IS DISTINCT FROM OLD.account_id) THEN
          UPDATE account SET access_version = access_version + 1 WHERE id = NEW.account_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER role_grant_access_version AFTER INSERT OR UPDATE OR DELETE ON role_grant
      FOR EACH ROW EXECUTE FUNCTION account_access_version_bump()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER role_grant_access_version ON role_grant`);
    await db.query(`DROP FUNCTION account_access_version_bump()`);
    await db.query(`ALTER TABLE account DROP COLUMN access_version`);
  }
}
