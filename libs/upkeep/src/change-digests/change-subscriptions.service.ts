import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AccessDeniedError,
  Deleted,
  ForbiddenError,
  MutationRejected,
  NotFoundError,
  ValidationError,
  isUuid,
  mutate,
  validateFields,
  type FieldError,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { TaxonomyKindEnum, TaxonomyService } from '#directory';
import { GeographyService } from '#geography';
import { NetworkRoster, seesNetworkIn } from '#network';
import { ChangeSubscription } from './change-subscription.entity.js';
import { subscribeSchema, type SubscribeToChangesInput } from './change-subscription.inputs.js';

const SIGN_IN = 'Log ind for at abonnere på ændringer.';

function notFound(message: string, id: string): NotFoundError {
  return Object.assign(new NotFoundError(), { code: 'NOT_FOUND', message, id });
}

/** Subscriptions to the weekly change digest: one per member and network, chosen municipalities and situations. */
@Injectable()
export class ChangeSubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly geography: GeographyService,
    private readonly taxonomy: TaxonomyService,
    private readonly roster: NetworkRoster,
  ) {}

  /** The viewer's subscriptions, oldest first. */
  async mine(ctx: RequestContext): Promise<ChangeSubscription[]> {
    if (!ctx.accountId) throw new AccessDeniedError('Log ind for at se dine abonnementer på ændringer.');
    return this.dataSource
      .getRepository(ChangeSubscription)
      .find({ where: { accountId: ctx.accountId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Creates the viewer's subscription for the network, or replaces its municipalities and
   * situations. A replaced subscription keeps its period: the next digest covers what changed since
   * the last one, under the new choice.
   */
  async subscribe(ctx: RequestContext, input: SubscribeToChangesInput): Promise<ChangeSubscription | MutationFailure> {
    const accountId = ctx.accountId;
    if (!accountId) return ForbiddenError.of(SIGN_IN);
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(subscribeSchema, input);
    const { networkId, municipalityCodes, situations } = value;
    // The codes that are well-formed are looked up too, unless the list as a whole is refused (too long).
    const listRefused = errors.some((e) => e.path === 'input.municipalityCodes');
    const wellFormed = listRefused ? [] : (input.municipalityCodes ?? []).filter((code) => /^\d{4}$/.test(code));
    errors.push(
      ...(await this.unknownMunicipalities(input.municipalityCodes ?? [], wellFormed)),
      ...(await this.taxonomy.check(situations, TaxonomyKindEnum.SITUATION, 'input.situations')),
    );
    if (errors.length || !networkId || !municipalityCodes || !situations) return ValidationError.of(errors);
    return mutate(this.dataSource, async (manager) => {
      await assertMayFollow(this.roster, manager, ctx, networkId);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO change_subscription (account_id, network_id, municipality_codes, situation_keys, covered_until)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (account_id, network_id) DO UPDATE
           SET municipality_codes = EXCLUDED.municipality_codes, situation_keys = EXCLUDED.situation_keys, updated_at = now()
         RETURNING id`,
        [accountId, networkId, municipalityCodes, situations, new Date()],
      );
      return manager.getRepository(ChangeSubscription).findOneByOrFail({ id: row.id });
    });
  }

  /** Ends the viewer's subscription for the network. Anyone may end their own, member or not. */
  async unsubscribe(ctx: RequestContext, networkId: string): Promise<Deleted | MutationFailure> {
    const accountId = ctx.accountId;
    if (!accountId) return ForbiddenError.of(SIGN_IN);
    return mutate(this.dataSource, async (manager) => {
      const deleted = isUuid(networkId)
        ? await manager
            .createQueryBuilder()
            .delete()
            .from(ChangeSubscription)
            .where('account_id = :accountId AND network_id = :networkId', { accountId, networkId })
            .returning('id')
            .execute()
        : null;
      const [row] = (deleted?.raw ?? []) as { id: string }[];
      if (!row) throw new MutationRejected(notFound('Du abonnerer ikke på ændringer i det netværk.', networkId));
      return Object.assign(new Deleted(), { id: row.id });
    });
  }

  /** Ends a subscription from the link in a digest (no sign-in); false when it was already gone. */
  async unsubscribeById(subscriptionId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(ChangeSubscription).delete({ id: subscriptionId });
    return (result.affected ?? 0) > 0;
  }

  /** Field errors for codes that are not municipalities, at their place in what the caller sent. */
  private async unknownMunicipalities(sent: string[], codes: string[]): Promise<FieldError[]> {
    const unknown = await this.geography.unknownMunicipalityCodes(codes);
    return unknown.map((code) => ({
      path: `input.municipalityCodes.${sent.indexOf(code)}`,
      message: `Ukendt kommunekode: "${code}".`,
    }));
  }
}

/** Approved members and coordinators of the network (and administrators) may follow its changes. */
async function assertMayFollow(roster: NetworkRoster, manager: EntityManager, ctx: RequestContext, networkId: string): Promise<void> {
  if (!(await roster.findNetwork(manager, networkId))) throw new MutationRejected(NotFoundError.of('Netværket', networkId));
  if (!(await seesNetworkIn(manager, ctx, networkId))) {
    throw new MutationRejected(
      notFound('Du er ikke godkendt medlem af netværket. Kun netværkets medlemmer og koordinatorer kan abonnere på ændringer.', networkId),
    );
  }
}
