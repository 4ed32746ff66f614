import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { isUuid, type RequestContext } from '#core';
import { OrganisationDirectory } from '../invitations/organisation-directory.js';
import { AccountStatus } from './account.entity.js';
import { Role } from './role-grant.entity.js';

@ObjectType({ description: 'An account named as someone who may answer for a record: its id and name, nothing more.' })
export class EditorName {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

/**
 * Who may edit the records of an organisation (placed in a unit): the active accounts with an EDITOR grant for the
 * organisation, or for the unit or one above it. Only those who may edit there themselves (and administrators) are told.
 */
@Injectable()
export class RecordEditors {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationDirectory,
  ) {}

  async of(ctx: RequestContext, organisationId: string, unitId: string | null): Promise<EditorName[] | null> {
    if (ctx.viewer.kind === 'anonymous' || !isUuid(organisationId) || (unitId !== null && !isUuid(unitId))) return null;
    const manager = this.dataSource.manager;
    const path = unitId ? await this.organisations.unitPath(manager, organisationId, unitId) : [];
    if (!path) return null;
    const edits = (g: { organisationId?: string | null; unitId?: string | null }) =>
      g.unitId ? path.includes(g.unitId) : g.organisationId === organisationId;
    if (!ctx.isAdmin && !ctx.viewer.grants.some((g) => g.role === Role.EDITOR && edits(g))) return null;
    return manager.query(
      `SELECT DISTINCT a.id, a.display_name AS "displayName" FROM account a JOIN role_grant g ON g.account_id = a.id
       WHERE a.status = $1 AND g.role = $2 AND ((g.organisation_id = $3 AND g.unit_id IS NULL) OR g.unit_id = ANY($4::uuid[]))
       ORDER BY "displayName", a.id`,
      [AccountStatus.ACTIVE, Role.EDITOR, organisationId, path],
    );
  }
}
