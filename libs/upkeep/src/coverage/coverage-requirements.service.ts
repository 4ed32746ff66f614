import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  AccessDeniedError,
  AuditAction,
  AuditTrail,
  BadInputError,
  ConflictError,
  Deleted,
  ForbiddenError,
  MutationRejected,
  isUuid,
  lockOrReject,
  mutate,
  text,
  onSentFields,
  rejectIf,
  validateFields,
  type BrokenRule,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { TaxonomyKindEnum, TaxonomyService } from '#directory';
import { GeographyService } from '#geography';
import { NetworkRoster, assertCoordinator, assertSignedIn, seesNetworkIn } from '#network';
import { CoverageRequirement } from './coverage-requirement.entity.js';
import type { AddCoverageRequirementInput } from './coverage.types.js';

const requirementFields = z.object({
  networkId: z.string().trim().nullish(),
  regionKey: z.string().trim().nullish(),
  situationKey: text.required(100),
  label: text.optional(200),
});

const ONE_SCOPE: BrokenRule = { fields: ['networkId', 'regionKey'], message: 'Angiv enten et netværk eller en region – præcis én af dem.' };

const ONLY_ADMINS = 'Kun administratorer kan fastsætte en regions krav til indgange.';

/** What a network or a region requires every municipality to have an entry point for. */
@Injectable()
export class CoverageRequirementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
    private readonly audit: AuditTrail,
    private readonly roster: NetworkRoster,
  ) {}

  async add(ctx: RequestContext, input: AddCoverageRequirementInput): Promise<CoverageRequirement | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(requirementFields, input);
    const { networkId, regionKey, situationKey, label } = value;
    if (!networkId === !regionKey) errors.push(...onSentFields([ONE_SCOPE], input, errors));
    return mutate(this.dataSource, async (manager) => {
      let regionFound: string | null = null;
      if (regionKey && !networkId) {
        // In the transaction's own connection: PGlite has only the one.
        regionFound = await this.geography.regionKeyOf(manager, regionKey);
        if (!regionFound) errors.push({ path: 'input.regionKey', message: `Ukendt region: "${regionKey}". Brug fx "hovedstaden" eller "1084".` });
      }
      const term = situationKey ? await this.taxonomy.find(situationKey) : null;
      if (situationKey && term?.kind !== TaxonomyKindEnum.SITUATION) {
        errors.push({ path: 'input.situationKey', message: `Ukendt situation: "${situationKey}". Se taxonomy(kind: SITUATION).` });
      }
      // Field errors answer before permission, as a bad shape always has.
      rejectIf(errors);
      // No errors: the situation key was given and found, and exactly one scope.
      const known = { key: situationKey!, label: term!.label };
      const scope = { networkId: networkId ?? null, regionKey: regionFound };
      if (networkId) {
        await this.roster.lockNetwork(manager, networkId);
        assertCoordinator(ctx, networkId, 'fastsætte netværkets krav til indgange');
      } else {
        assertSignedIn(ctx);
        if (!ctx.isAdmin) throw new MutationRejected(ForbiddenError.of(ONLY_ADMINS));
      }
      await this.assertNew(manager, scope, known.key, known.label);
      const repository = manager.getRepository(CoverageRequirement);
      const saved = await repository.save(repository.create({ ...scope, situationKey: known.key, label: label ?? known.label }));
      await this.audited(manager, ctx, AuditAction.CREATE, null, saved);
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const requirement = await lockOrReject(manager, CoverageRequirement, 'Kravet', id);
      if (requirement.networkId) {
        assertCoordinator(ctx, requirement.networkId, 'ændre netværkets krav til indgange');
      } else {
        assertSignedIn(ctx);
        if (!ctx.isAdmin) throw new MutationRejected(ForbiddenError.of(ONLY_ADMINS));
      }
      await manager.delete(CoverageRequirement, { id });
      await this.audited(manager, ctx, AuditAction.DELETE, requirement, null);
      return Object.assign(new Deleted(), { id });
    });
  }

  /**
   * A network's requirements (for those who see the network), or a region's (for anyone signed
   * in: they say what the region expects, nothing about people).
   */
  async list(ctx: RequestContext, networkId: string | null, regionKey: string | null): Promise<CoverageRequirement[]> {
    if (!networkId === !regionKey) throw new BadInputError('Angiv enten networkId eller regionKey – præcis én af dem.');
    if (!ctx.accountId) throw new AccessDeniedError('Log ind for at se krav til indgange.');
    const repository = this.dataSource.getRepository(CoverageRequirement);
    if (networkId) {
      if (!isUuid(networkId)) return [];
      if (!(await seesNetworkIn(this.dataSource.manager, ctx, networkId))) {
        throw new AccessDeniedError('Kun netværkets medlemmer og koordinatorer ser dets krav til indgange.');
      }
      return repository.find({ where: { networkId }, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    const [key] = await this.geography.regionKeysFor([regionKey!]);
    if (!key) throw new BadInputError(`Ukendt region: "${regionKey}".`);
    return repository.find({ where: { regionKey: key }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  private async assertNew(
    manager: EntityManager,
    scope: { networkId: string | null; regionKey: string | null },
    situationKey: string,
    situationLabel: string,
  ): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM coverage_requirement WHERE situation_key = $1 AND (network_id = $2 OR region_key = $3)`,
      [situationKey, scope.networkId, scope.regionKey],
    );
    if (!rows.length) return;
    const who = scope.networkId ? 'Netværket' : 'Regionen';
    throw new MutationRejected(ConflictError.of(`${who} kræver allerede en indgang for "${situationLabel}".`));
  }

  private audited(
    manager: EntityManager,
    ctx: RequestContext,
    action: AuditAction,
    before: CoverageRequirement | null,
    after: CoverageRequirement | null,
  ): Promise<void> {
    const record = (after ?? before)!;
    const fields = (r: CoverageRequirement | null) =>
      r && { networkId: r.networkId, regionKey: r.regionKey, situationKey: r.situationKey, label: r.label };
    return this.audit.record(manager, ctx, {
      entityType: 'CoverageRequirement',
      entityId: record.id,
      organisationId: null,
      action,
      before: fields(before),
      after: fields(after),
    });
  }
}
