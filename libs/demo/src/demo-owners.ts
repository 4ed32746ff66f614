import type { EntityManager } from 'typeorm';

/**
 * The demo editor answers personally for the Helsingør contacts and offers confirmed longest ago,
 * so the verification digest has records owned by an account as well as by units.
 */
export async function assignDemoOwners(manager: EntityManager, perKind = 3): Promise<void> {
  const [editor]: { id: string }[] = await manager.query(`SELECT id FROM account WHERE is_demo AND email = 'redaktoer@example.org'`);
  if (!editor) return;
  for (const [table, live] of [
    ['contact', 'x.left_at IS NULL'],
    ['offer', `x.status <> 'ENDED'`],
  ]) {
    await manager.query(
      `UPDATE ${table} SET owner_account_id = $1, owner_unit_id = NULL WHERE id IN (
         SELECT x.id FROM ${table} x JOIN organisation o ON o.id = x.organisation_id
         WHERE x.is_demo AND ${live} AND o.sector = 'MUNICIPAL' AND o.municipality_code = '0217'
         ORDER BY coalesce(x.last_verified_at, x.created_at), x.name LIMIT $2)`,
      [editor.id, perKind],
    );
  }
}
