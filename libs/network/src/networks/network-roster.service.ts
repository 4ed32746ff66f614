import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { lockOrReject } from '#core';
import { MemberStatus, Network, NetworkMember, NetworkParty, PartyKind } from './network.entity.js';

/** An approved key person of a party, with the organisation the party is. */
export interface PartyKeyPerson {
  memberId: string;
  networkId: string;
  partyId: string;
  organisationId: string;
  accountId: string;
}

/**
 * Who takes part in which network, for the other contexts (upkeep's digests and handovers): they ask
 * here instead of reading the network tables. Every method reads in the caller's transaction.
 */
@Injectable()
export class NetworkRoster {
  findNetwork(manager: EntityManager, id: string): Promise<Network | null> {
    return manager.getRepository(Network).findOneBy({ id });
  }

  /** Networks by id, by name. */
  networksByIds(manager: EntityManager, ids: string[]): Promise<Network[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.getRepository(Network).find({ where: { id: In(ids) }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** The networks the organisation takes part in (through any of its parties), by name. */
  async networksOf(manager: EntityManager, organisationId: string): Promise<Network[]> {
    const parties = await manager.getRepository(NetworkParty).findBy({ organisationId });
    return this.networksByIds(manager, [...new Set(parties.map((p) => p.networkId))]);
  }

  /** The network's municipality parties, by id. */
  municipalityParties(manager: EntityManager, networkId: string): Promise<NetworkParty[]> {
    return manager.getRepository(NetworkParty).find({ where: { networkId, kind: PartyKind.MUNICIPALITY }, order: { id: 'ASC' } });
  }

  /** Whether the account is an approved member of the network. */
  isApprovedMember(manager: EntityManager, networkId: string, accountId: string): Promise<boolean> {
    return manager.getRepository(NetworkMember).existsBy({ networkId, accountId, status: MemberStatus.APPROVED });
  }

  /**
   * Approved key persons of parties that are these organisations, or (with `kind`) of every party of
   * that kind; optionally only one account's. By member id.
   */
  async keyPersons(
    manager: EntityManager,
    filter: { organisationIds?: string[]; kind?: PartyKind; accountId?: string },
  ): Promise<PartyKeyPerson[]> {
    if (filter.organisationIds?.length === 0) return [];
    const parties = await manager.getRepository(NetworkParty).findBy({
      ...(filter.organisationIds ? { organisationId: In(filter.organisationIds) } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    });
    if (!parties.length) return [];
    const members = await manager.getRepository(NetworkMember).find({
      where: {
        partyId: In(parties.map((p) => p.id)),
        status: MemberStatus.APPROVED,
        isKeyPerson: true,
        ...(filter.accountId ? { accountId: filter.accountId } : {}),
      },
      order: { id: 'ASC' },
    });
    const organisationOf = new Map(parties.map((p) => [p.id, p.organisationId]));
    return members.map((m) => ({
      memberId: m.id,
      networkId: m.networkId,
      partyId: m.partyId,
      organisationId: organisationOf.get(m.partyId) ?? '',
      accountId: m.accountId,
    }));
  }

  /** Locks the membership until the transaction ends; false when another transaction holds it (a second job worker). */
  async tryLockMember(manager: EntityManager, memberId: string): Promise<boolean> {
    const locked = await manager
      .getRepository(NetworkMember)
      .createQueryBuilder('m')
      .select('m.id')
      .where('m.id = :memberId', { memberId })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
    return locked !== null;
  }

  /** Locks the network for the caller's transaction; rejects with NOT_FOUND when there is none. */
  lockNetwork(manager: EntityManager, id: string): Promise<Network> {
    return lockOrReject(manager, Network, 'Netværket', id);
  }
}
