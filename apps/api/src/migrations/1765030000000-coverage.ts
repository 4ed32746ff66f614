import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Coverage1765030000000 implements MigrationInterface {
  name = 'Coverage1765030000000';

  async up(db: QueryRunner): Promise<void> {
    // An entry point every municipality must have, required by a network or by a region (exactly one of them).
    await db.query(`CREATE TABLE coverage_requirement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid REFERENCES network(id) ON DELETE CASCADE,
      region_key text REFERENCES region(key),
      situation_key text NOT NULL REFERENCES taxonomy_term(key),
      label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT coverage_requirement_one_scope CHECK ((network_id IS NULL) <> (region_key IS NULL)))`);
    await db.query(
      `CREATE UNIQUE INDEX coverage_requirement_network_idx ON coverage_requirement (network_id, situation_key) WHERE network_id IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX coverage_requirement_region_idx ON coverage_requirement (region_key, situation_key) WHERE region_key IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE coverage_requirement');
  }
}
