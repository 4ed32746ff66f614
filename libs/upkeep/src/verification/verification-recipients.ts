import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountStatus, AccountsService, Role, type Account } from '#auth';
import { UnitsService } from '#directory';
import { NetworkRoster } from '#network';
import type { DueRecord, Recipient } from './verification.types.js';

/** Who is asked about each record, and how the owner is named to key persons. */
export interface Owners {
  recipients: Map<string, Recipient[]>;
  labels: Map<string, string>;
}

const recipientOf = (account: Account): Recipient => ({ accountId: account.id, email: account.email, name: account.displayName });

/**
 * Key → recipients, from (key, account) pairs and the accounts in the order they are listed: by display
 * name, then id; an account once per key.
 */
function grouped(pairs: { key: string; accountId: string }[], accounts: Account[]): Map<string, Recipient[]> {
  const map = new Map<string, Recipient[]>();
  for (const account of accounts) {
    for (const { key } of pairs.filter((p) => p.accountId === account.id)) {
      const list = map.get(key) ?? [];
      if (!list.some((r) => r.accountId === account.id)) list.push(recipientOf(account));
      map.set(key, list);
    }
  }
  return map;
}

/** The people asked about records and told about those nobody confirmed, from the auth, network and directory services. */
@Injectable()
export class VerificationRecipients {
  constructor(
    private readonly accounts: AccountsService,
    private readonly roster: NetworkRoster,
    private readonly units: UnitsService,
  ) {}

  /** Active accounts with an EDITOR grant for the whole organisation. */
  async organisationEditors(manager: EntityManager, organisationIds: string[]): Promise<Map<string, Recipient[]>> {
    if (!organisationIds.length) return new Map();
    const holders = await this.accounts.holders(manager, Role.EDITOR, { organisationIds, wholeOrganisation: true });
    const pairs = holders.map(({ grant, account }) => ({ key: grant.organisationId ?? '', accountId: account.id }));
    return grouped(
      pairs,
      holders.map((h) => h.account),
    );
  }

  /** Active accounts with an EDITOR grant on the unit or a unit above it. */
  private async unitEditors(manager: EntityManager, unitIds: string[]): Promise<Map<string, Recipient[]>> {
    if (!unitIds.length) return new Map();
    const lines = await this.units.withAncestors(manager, unitIds);
    const holders = await this.accounts.holders(manager, Role.EDITOR, { unitIds: [...new Set([...lines.values()].flat())] });
    const pairs = [...lines].flatMap(([start, line]) =>
      holders.filter((h) => h.grant.unitId && line.includes(h.grant.unitId)).map((h) => ({ key: start, accountId: h.account.id })),
    );
    return grouped(
      pairs,
      holders.map((h) => h.account),
    );
  }

  /**
   * An ACCOUNT owner is asked if the account is active; a UNIT owner means the editors of that unit
   * (or a unit above it) and of the whole organisation; no owner means the organisation's editors.
   * A record nobody can be asked about gets an empty list (and goes to the key persons).
   */
  async ownersOf(manager: EntityManager, records: DueRecord[]): Promise<Owners> {
    const accountIds = [...new Set(records.map((r) => r.ownerAccountId).filter((id): id is string => Boolean(id)))];
    const unitIds = [...new Set(records.filter((r) => !r.ownerAccountId && r.ownerUnitId).map((r) => r.ownerUnitId as string))];
    const accounts = await this.accounts.findByIds(accountIds, manager);
    const units = await this.units.byIds(manager, unitIds);
    const byUnit = await this.unitEditors(manager, unitIds);
    const byOrganisation = await this.organisationEditors(manager, [...new Set(records.map((r) => r.organisationId))]);
    const recipients = new Map<string, Recipient[]>();
    const labels = new Map<string, string>();
    for (const record of records) {
      const key = record.requestId ?? record.id;
      const orgEditors = byOrganisation.get(record.organisationId) ?? [];
      if (record.ownerAccountId) {
        const account = accounts.find((a) => a.id === record.ownerAccountId);
        const active = account?.status === AccountStatus.ACTIVE;
        recipients.set(key, active ? [recipientOf(account)] : []);
        labels.set(key, active ? account.displayName : `${account?.displayName ?? 'en slettet konto'} (kontoen er ikke aktiv)`);
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
  async keyPersonsOf(manager: EntityManager, organisationIds: string[]): Promise<Map<string, Recipient[]>> {
    if (!organisationIds.length) return new Map();
    const holders = await this.accounts.holders(manager, Role.KEY_PERSON, { organisationIds });
    const members = await this.roster.keyPersons(manager, { organisationIds });
    const pairs = [
      ...holders.map(({ grant, account }) => ({ key: grant.organisationId ?? '', accountId: account.id })),
      ...members.map((m) => ({ key: m.organisationId, accountId: m.accountId })),
    ];
    const accounts = (await this.accounts.findByIds([...new Set(pairs.map((p) => p.accountId))], manager)).filter(
      (a) => a.status === AccountStatus.ACTIVE,
    );
    return grouped(pairs, accounts);
  }
}
