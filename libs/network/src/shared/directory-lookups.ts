import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService, AccountStatus } from '#auth';
import { OrganisationsService, UnitsService } from '#directory';

/** What network tells people by: an account's name and address. */
export interface Person {
  displayName: string;
  email: string;
  status: AccountStatus;
}

/** A party as the directory names it: its organisation and, for a regional unit, the unit. */
export interface PartyName {
  organisationName: string;
  unitName: string | null;
}

/**
 * What network asks auth and directory about the accounts and organisations its rows point to: through
 * their public services, in the caller's transaction, one query per kind for any number of ids.
 */
@Injectable()
export class DirectoryLookups {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
  ) {}

  /** Accounts by id; `except` leaves out accounts with those statuses (as if they did not exist). */
  async people(manager: EntityManager, accountIds: string[], except: AccountStatus[] = []): Promise<Map<string, Person>> {
    const accounts = await this.accounts.findByIds(accountIds, manager);
    return new Map(
      accounts
        .filter((a) => !except.includes(a.status))
        .map((a) => [a.id, { displayName: a.displayName, email: a.email, status: a.status }]),
    );
  }

  /** One account, or null (also when its status is in `except`). */
  async person(manager: EntityManager, accountId: string, except: AccountStatus[] = []): Promise<Person | null> {
    return (await this.people(manager, [accountId], except)).get(accountId) ?? null;
  }

  /** The organisation and unit names of parties, by party id (a party whose organisation is gone is left out). */
  async partyNames(
    manager: EntityManager,
    parties: { id: string; organisationId: string; unitId: string | null }[],
  ): Promise<Map<string, PartyName>> {
    const organisations = await this.organisations.byIds(manager, [...new Set(parties.map((p) => p.organisationId))]);
    const units = await this.units.byIds(manager, [...new Set(parties.flatMap((p) => (p.unitId ? [p.unitId] : [])))]);
    const orgName = new Map(organisations.map((o) => [o.id, o.name]));
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const names = new Map<string, PartyName>();
    for (const party of parties) {
      const organisationName = orgName.get(party.organisationId);
      if (organisationName !== undefined) {
        names.set(party.id, { organisationName, unitName: party.unitId ? (unitName.get(party.unitId) ?? null) : null });
      }
    }
    return names;
  }

  /** Each organisation's sector, by organisation id. */
  async sectors(manager: EntityManager, organisationIds: string[]): Promise<Map<string, string>> {
    const organisations = await this.organisations.byIds(manager, [...new Set(organisationIds)]);
    return new Map(organisations.map((o) => [o.id, o.sector]));
  }
}
