import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditAction, AuditTrail, type RequestContext } from '#core';
import { MemberStatus, NetworkMember, NetworkParty } from './network.entity.js';

/** A person's network memberships when they leave their job (upkeep's turnover asks for these). */
@Injectable()
export class MemberHandover {
  constructor(private readonly audit: AuditTrail) {}

  /** The account's approved and pending memberships through parties of the organisation, locked, by network. */
  async membershipsThrough(manager: EntityManager, accountId: string, organisationId: string): Promise<NetworkMember[]> {
    const parties = await manager.getRepository(NetworkParty).findBy({ organisationId });
    if (!parties.length) return [];
    return manager.getRepository(NetworkMember).find({
      where: { accountId, partyId: In(parties.map((p) => p.id)), status: In([MemberStatus.APPROVED, MemberStatus.PENDING]) },
      order: { networkId: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * The successor account takes over the leaving member's key person and steering group roles in the
   * same network: added to an approved membership, or a membership approved now through the leaving
   * person's party.
   */
  async takeOver(
    manager: EntityManager,
    ctx: RequestContext,
    leaving: NetworkMember,
    to: string,
    roles: { keyPerson: boolean; steeringGroup: boolean },
    now: Date,
  ): Promise<{ membership: NetworkMember; created: boolean; newKeyRole: boolean }> {
    const repository = manager.getRepository(NetworkMember);
    const existing = await repository.findOne({
      where: { networkId: leaving.networkId, accountId: to },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing?.status === MemberStatus.APPROVED) {
      const before = { isKeyPerson: existing.isKeyPerson, inSteeringGroup: existing.inSteeringGroup };
      existing.isKeyPerson ||= roles.keyPerson;
      existing.inSteeringGroup ||= roles.steeringGroup;
      const saved = await repository.save(existing);
      const after = { isKeyPerson: saved.isKeyPerson, inSteeringGroup: saved.inSteeringGroup };
      await this.auditMember(manager, ctx, saved.id, AuditAction.UPDATE, before, after);
      const newKeyRole = (after.isKeyPerson && !before.isKeyPerson) || (after.inSteeringGroup && !before.inSteeringGroup);
      return { membership: saved, created: false, newKeyRole };
    }
    // No membership, or one applied for, rejected or left: approved now, through the leaving person's party.
    const previous = existing ? { status: existing.status, partyId: existing.partyId } : null;
    const fields = {
      partyId: leaving.partyId,
      kind: leaving.kind,
      status: MemberStatus.APPROVED,
      isKeyPerson: roles.keyPerson,
      inSteeringGroup: roles.steeringGroup,
      decidedAt: now,
      decidedBy: ctx.accountId,
    };
    const saved = await repository.save(
      existing
        ? Object.assign(existing, fields)
        : repository.create({ networkId: leaving.networkId, accountId: to, jobTitle: null, motivation: null, appliedAt: now, ...fields }),
    );
    await this.auditMember(manager, ctx, saved.id, previous ? AuditAction.UPDATE : AuditAction.CREATE, previous, {
      status: saved.status,
      partyId: saved.partyId,
      isKeyPerson: saved.isKeyPerson,
      inSteeringGroup: saved.inSteeringGroup,
    });
    return { membership: saved, created: true, newKeyRole: roles.keyPerson || roles.steeringGroup };
  }

  private auditMember(manager: EntityManager, ctx: RequestContext, id: string, action: AuditAction, before: object | null, after: object) {
    return this.audit.record(manager, ctx, { entityType: 'NetworkMember', entityId: id, organisationId: null, action, before, after });
  }
}
