import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Role } from '#auth';
import { AuditAction, AuditTrail, type RequestContext } from '#core';
import { assertCanEdit } from '#directory';
import { MemberStatus, MembersService, NetworkMember } from '#network';
import { HandedOverGrant, HandedOverMembership } from './turnover.types.js';

type GrantRow = { id: string; role: Role; organisation_id: string | null; unit_id: string | null };

/** Roles that go with a job: the organisation's EDITOR and KEY_PERSON grants and its network memberships. */
@Injectable()
export class TurnoverRoles {
  constructor(
    private readonly members: MembersService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Moves the leaving account's EDITOR and KEY_PERSON grants for the organisation (or its units) to
   * the successor account, or removes them without one. The viewer must be able to edit each
   * grant's scope, so a unit's editor cannot hand on rights over the whole organisation.
   */
  async moveGrants(
    manager: EntityManager,
    ctx: RequestContext,
    organisationId: string,
    from: string,
    to: string | null,
  ): Promise<{ grants: HandedOverGrant[]; newKeyPerson: boolean }> {
    const rows: GrantRow[] = await manager.query(
      `SELECT id, role, organisation_id, unit_id FROM role_grant
       WHERE account_id = $1 AND role IN ('EDITOR','KEY_PERSON')
         AND (organisation_id = $2 OR unit_id IN (SELECT id FROM unit WHERE organisation_id = $2))
       ORDER BY role, id FOR UPDATE`,
      [from, organisationId],
    );
    const grants: HandedOverGrant[] = [];
    let newKeyPerson = false;
    for (const row of rows) {
      await assertCanEdit(manager, ctx, organisationId, row.unit_id);
      await manager.query(`DELETE FROM role_grant WHERE id = $1`, [row.id]);
      if (to) {
        const held: unknown[] = await manager.query(
          `SELECT 1 FROM role_grant WHERE account_id = $1 AND role = $2
             AND organisation_id IS NOT DISTINCT FROM $3 AND unit_id IS NOT DISTINCT FROM $4`,
          [to, row.role, row.organisation_id, row.unit_id],
        );
        if (!held.length) {
          await manager.query(`INSERT INTO role_grant (account_id, role, organisation_id, unit_id) VALUES ($1, $2, $3, $4)`, [
            to,
            row.role,
            row.organisation_id,
            row.unit_id,
          ]);
          if (row.role === Role.KEY_PERSON) newKeyPerson = true;
        }
      }
      grants.push(
        Object.assign(new HandedOverGrant(), { role: row.role, organisationId: row.organisation_id, unitId: row.unit_id, moved: !!to }),
      );
    }
    if (grants.length) {
      const described = grants.map((g) => `${g.role}:${g.unitId ?? g.organisationId}`);
      await this.auditAccount(manager, ctx, from, organisationId, { grants: described }, { grants: [] });
      if (to) await this.auditAccount(manager, ctx, to, organisationId, { grants: [] }, { grantsTakenOver: described, from });
    }
    return { grants, newKeyPerson };
  }

  /**
   * The leaving account leaves every network it was a member of (or applied to) through a party of
   * the organisation, as `leaveNetwork` does; its key person and steering group roles go to the
   * successor account's membership of the same network, approved through the same party if it had
   * none. Returns the networks in which the successor took on a key role it did not have.
   */
  async moveMemberships(
    manager: EntityManager,
    ctx: RequestContext,
    organisationId: string,
    from: string,
    to: string | null,
    now: Date,
  ): Promise<{ memberships: HandedOverMembership[]; newKeyRoleIn: string[] }> {
    const ids: { id: string }[] = await manager.query(
      `SELECT m.id FROM network_member m JOIN network_party p ON p.id = m.party_id
       WHERE m.account_id = $1 AND p.organisation_id = $2 AND m.status IN ('APPROVED','PENDING')
       ORDER BY m.network_id FOR UPDATE OF m`,
      [from, organisationId],
    );
    const leaving = ids.length ? await manager.getRepository(NetworkMember).findBy({ id: In(ids.map((r) => r.id)) }) : [];
    const memberships: HandedOverMembership[] = [];
    const newKeyRoleIn: string[] = [];
    for (const member of leaving) {
      const keyPerson = member.status === MemberStatus.APPROVED && member.isKeyPerson;
      const steeringGroup = member.status === MemberStatus.APPROVED && member.inSteeringGroup;
      const taken = to ? await this.takeOver(manager, ctx, member, to, { keyPerson, steeringGroup }, now) : null;
      if (taken?.newKeyRole) newKeyRoleIn.push(member.networkId);
      await this.members.leaveIn(manager, ctx, member, now);
      const [network]: { name: string }[] = await manager.query(`SELECT name FROM network WHERE id = $1`, [member.networkId]);
      memberships.push(
        Object.assign(new HandedOverMembership(), {
          networkId: member.networkId,
          networkName: network.name,
          keyPerson,
          steeringGroup,
          successorMembership: taken?.membership ?? null,
          newMembership: taken?.created ?? false,
        }),
      );
    }
    return { memberships, newKeyRoleIn };
  }

  private async takeOver(
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

  private auditAccount(
    manager: EntityManager,
    ctx: RequestContext,
    accountId: string,
    organisationId: string,
    before: object,
    after: object,
  ) {
    return this.audit.record(manager, ctx, {
      entityType: 'Account',
      entityId: accountId,
      organisationId,
      action: AuditAction.UPDATE,
      before,
      after,
    });
  }

  private auditMember(manager: EntityManager, ctx: RequestContext, id: string, action: AuditAction, before: object | null, after: object) {
    return this.audit.record(manager, ctx, { entityType: 'NetworkMember', entityId: id, organisationId: null, action, before, after });
  }
}
