import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService, Role } from '#auth';
import { AuditAction, AuditTrail, type RequestContext } from '#core';
import { UnitsService, assertCanEdit } from '#directory';
import { MemberHandover, MemberStatus, MembersService, NetworkRoster } from '#network';
import { HandedOverGrant, HandedOverMembership } from './turnover.types.js';

/** Roles that go with a job: the organisation's EDITOR and KEY_PERSON grants and its network memberships. */
@Injectable()
export class TurnoverRoles {
  constructor(
    private readonly accounts: AccountsService,
    private readonly units: UnitsService,
    private readonly members: MembersService,
    private readonly memberHandover: MemberHandover,
    private readonly roster: NetworkRoster,
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
    const unitIds = await this.units.idsIn(manager, organisationId);
    const held = await this.accounts.grantsToHandOver(manager, from, [Role.EDITOR, Role.KEY_PERSON], organisationId, unitIds);
    const grants: HandedOverGrant[] = [];
    let newKeyPerson = false;
    for (const grant of held) {
      await assertCanEdit(manager, ctx, organisationId, grant.unitId);
      if ((await this.accounts.handOverGrant(manager, grant, to)) && grant.role === Role.KEY_PERSON) newKeyPerson = true;
      grants.push(
        Object.assign(new HandedOverGrant(), { role: grant.role, organisationId: grant.organisationId, unitId: grant.unitId, moved: !!to }),
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
    const leaving = await this.memberHandover.membershipsThrough(manager, from, organisationId);
    const memberships: HandedOverMembership[] = [];
    const newKeyRoleIn: string[] = [];
    for (const member of leaving) {
      const keyPerson = member.status === MemberStatus.APPROVED && member.isKeyPerson;
      const steeringGroup = member.status === MemberStatus.APPROVED && member.inSteeringGroup;
      const taken = to ? await this.memberHandover.takeOver(manager, ctx, member, to, { keyPerson, steeringGroup }, now) : null;
      if (taken?.newKeyRole) newKeyRoleIn.push(member.networkId);
      await this.members.leaveIn(manager, ctx, member, now);
      const network = await this.roster.findNetwork(manager, member.networkId);
      memberships.push(
        Object.assign(new HandedOverMembership(), {
          networkId: member.networkId,
          networkName: network?.name ?? '',
          keyPerson,
          steeringGroup,
          successorMembership: taken?.membership ?? null,
          newMembership: taken?.created ?? false,
        }),
      );
    }
    return { memberships, newKeyRoleIn };
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
}
