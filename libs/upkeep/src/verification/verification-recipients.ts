import type { EntityManager } from 'typeorm';
import type { DueRecord, Recipient } from './verification.types.js';

interface Row {
  key: string;
  account_id: string;
  email: string;
  display_name: string;
}

/** Who is asked about each record, and how the owner is named to key persons. */
export interface Owners {
  recipients: Map<string, Recipient[]>;
  labels: Map<string, string>;
}

function grouped(rows: Row[]): Map<string, Recipient[]> {
  const map = new Map<string, Recipient[]>();
  for (const row of rows) {
    const list = map.get(row.key) ?? [];
    if (!list.some((r) => r.accountId === row.account_id))
      list.push({ accountId: row.account_id, email: row.email, name: row.display_name });
    map.set(row.key, list);
  }
  return map;
}

/** Active accounts with an EDITOR grant for the whole organisation. */
export async function organisationEditors(manager: EntityManager, organisationIds: string[]): Promise<Map<string, Recipient[]>> {
  if (!organisationIds.length) return new Map();
  const rows: Row[] = await manager.query(
    `SELECT g.organisation_id::text AS key, a.id AS account_id, a.email, a.display_name
     FROM role_grant g JOIN account a ON a.id = g.account_id AND a.status = 'ACTIVE'
     WHERE g.role = 'EDITOR' AND g.unit_id IS NULL AND g.organisation_id = ANY($1::uuid[])
     ORDER BY a.display_name, a.id`,
    [organisationIds],
  );
  return grouped(rows);
}

/** Active accounts with an EDITOR grant on the unit or a unit above it. */
async function unitEditors(manager: EntityManager, unitIds: string[]): Promise<Map<string, Recipient[]>> {
  if (!unitIds.length) return new Map();
  const rows: Row[] = await manager.query(
    `WITH RECURSIVE up(start_id, id, parent_id) AS (
       SELECT id, id, parent_id FROM unit WHERE id = ANY($1::uuid[])
       UNION ALL SELECT up.start_id, u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
     SELECT DISTINCT up.start_id::text AS key, a.id AS account_id, a.email, a.display_name
     FROM up JOIN role_grant g ON g.role = 'EDITOR' AND g.unit_id = up.id
     JOIN account a ON a.id = g.account_id AND a.status = 'ACTIVE'
     ORDER BY a.display_name, a.id`,
    [unitIds],
  );
  return grouped(rows);
}

/**
 * An ACCOUNT owner is asked if the account is active; a UNIT owner means the editors of that unit
 * (or a unit above it) and of the whole organisation; no owner means the organisation's editors.
 * A record nobody can be asked about gets an empty list (and goes to the key persons).
 */
export async function ownersOf(manager: EntityManager, records: DueRecord[]): Promise<Owners> {
  const accountIds = [...new Set(records.map((r) => r.ownerAccountId).filter((id): id is string => Boolean(id)))];
  const unitIds = [...new Set(records.filter((r) => !r.ownerAccountId && r.ownerUnitId).map((r) => r.ownerUnitId as string))];
  const accounts: { id: string; email: string; display_name: string; status: string }[] = accountIds.length
    ? await manager.query(`SELECT id, email, display_name, status FROM account WHERE id = ANY($1::uuid[])`, [accountIds])
    : [];
  const units: { id: string; name: string }[] = unitIds.length
    ? await manager.query(`SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`, [unitIds])
    : [];
  const byUnit = await unitEditors(manager, unitIds);
  const byOrganisation = await organisationEditors(manager, [...new Set(records.map((r) => r.organisationId))]);
  const recipients = new Map<string, Recipient[]>();
  const labels = new Map<string, string>();
  for (const record of records) {
    const key = record.requestId ?? record.id;
    const orgEditors = byOrganisation.get(record.organisationId) ?? [];
    if (record.ownerAccountId) {
      const account = accounts.find((a) => a.id === record.ownerAccountId);
      const active = account?.status === 'ACTIVE';
      recipients.set(key, active ? [{ accountId: account.id, email: account.email, name: account.display_name }] : []);
      labels.set(key, active ? account.display_name : `${account?.display_name ?? 'en slettet konto'} (kontoen er ikke aktiv)`);
    } else if (record.ownerUnitId) {
      const list = [...(byUnit.get(record.ownerUnitId) ?? [])];
      for (const editor of orgEditors) if (!list.some((r) => r.accountId === editor.accountId)) list.push(editor);
      recipients.set(key, list);
      const unit = units.find((u) => u.id === record.ownerUnitId)?.name ?? 'ukendt enhed';
      labels.set(key, list.length ? `enheden ${unit}` : `enheden ${unit} (ingen redaktører)`);
    } else {
      recipients.set(key, orgEditors);
      labels.set(key, orgEditors.length ? 'organisationens redaktører' : 'organisationens redaktører (der er ingen)');
    }
  }
  return { recipients, labels };
}

/**
 * The organisation's key persons: accounts with a KEY_PERSON grant for it, and approved network
 * members marked as key persons through a party that is this organisation.
 */
export async function keyPersonsOf(manager: EntityManager, organisationIds: string[]): Promise<Map<string, Recipient[]>> {
  if (!organisationIds.length) return new Map();
  const rows: Row[] = await manager.query(
    `SELECT g.organisation_id::text AS key, a.id AS account_id, a.email, a.display_name
     FROM role_grant g JOIN account a ON a.id = g.account_id AND a.status = 'ACTIVE'
     WHERE g.role = 'KEY_PERSON' AND g.organisation_id = ANY($1::uuid[])
     UNION
     SELECT p.organisation_id::text, a.id, a.email, a.display_name
     FROM network_member m JOIN network_party p ON p.id = m.party_id
     JOIN account a ON a.id = m.account_id AND a.status = 'ACTIVE'
     WHERE m.status = 'APPROVED' AND m.is_key_person AND p.organisation_id = ANY($1::uuid[])
     ORDER BY 4, 2`,
    [organisationIds],
  );
  return grouped(rows);
}
