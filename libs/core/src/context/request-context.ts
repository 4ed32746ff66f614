import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { LoaderDefinition } from './loaders.js';

/** A role for one scope (organisation, unit or network), or everywhere when none is set. */
export interface Grant {
  role: string;
  organisationId?: string | null;
  unitId?: string | null;
  networkId?: string | null;
}

/** Who is asking: nobody in particular, or a signed-in account (every one a PROFESSIONAL) with its grants. */
export type Viewer =
  | { kind: 'anonymous' }
  /** `sessionId`: the session (refresh-token family) the access token was issued for, when it was one of ours. */
  | { kind: 'account'; accountId: string; grants: Grant[]; sessionId?: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * Per-request state: the viewer and the request's DataLoaders, created lazily from their
 * definitions (`defineLoader`) so each feature owns its own batch functions without a central registry.
 */
export class RequestContext {
  private readonly loaders = new Map<object, DataLoader<unknown, unknown, unknown>>();
  /** What the response's `extensions` should say (copied there by the responseNotes plugin). */
  readonly notes = new Map<string, unknown>();
  /** Codes of the typed failures (ErrorResult) this request answered with, for logs and metrics. */
  readonly failures: string[] = [];
  private holds = Infinity;

  constructor(
    readonly viewer: Viewer = ANONYMOUS,
    /** The client's network address, for rate limits. */
    readonly clientAddress = 'unknown',
  ) {}

  /** Staff-only lines are for signed-in professionals. */
  get seesStaffChannels(): boolean {
    return this.viewer.kind === 'account';
  }

  /** Whether the viewer holds `role`, optionally only in grants for which `scope` holds. */
  hasRole(role: string, scope: (grant: Grant) => boolean = () => true): boolean {
    return this.viewer.kind === 'account' && this.viewer.grants.some((g) => g.role === role && scope(g));
  }

  get isAdmin(): boolean {
    return this.hasRole('ADMIN');
  }

  get accountId(): string | null {
    return this.viewer.kind === 'account' ? this.viewer.accountId : null;
  }

  /** Notes `value` under `key` in the GraphQL response's `extensions` (e.g. that search fell back to PostgreSQL). */
  note(key: string, value: unknown): void {
    this.notes.set(key, value);
  }

  /**
   * Something in the answer was worked out from the clock ("open now", past its verification date) and stays
   * as it is until `moment`, when it may change (null: not as the clock moves). An answer kept for others
   * (PublicAnswerCache) is used until the earliest such moment; date-bound parts end with the day anyway.
   */
  holdsUntil(moment: Date | number | null | undefined): void {
    if (moment !== null && moment !== undefined) this.holds = Math.min(this.holds, +moment);
  }

  /** The earliest `holdsUntil` moment of the request, in ms (Infinity: none). */
  get heldUntil(): number {
    return this.holds;
  }

  /** Loads `key` with the request's loader of `definition` (batched and cached for the request). */
  load<K, V, Deps>(definition: LoaderDefinition<K, V, Deps>, deps: NoInfer<Deps>, key: NoInfer<K>): Promise<V> {
    return this.loader(definition, deps).load(key);
  }

  /** Hands `definition`'s loader a value the request has already read, so loading `key` later asks nothing (a value it holds stays). */
  prime<K, V, Deps>(definition: LoaderDefinition<K, V, Deps>, deps: NoInfer<Deps>, key: NoInfer<K>, value: NoInfer<V>): void {
    this.loader(definition, deps).prime(key, value);
  }

  private loader<K, V, Deps>(definition: LoaderDefinition<K, V, Deps>, deps: Deps): DataLoader<K, V, unknown> {
    let loader = this.loaders.get(definition) as DataLoader<K, V, unknown> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>((keys) => definition.batch(deps, keys), {
        maxBatchSize: 500,
        name: definition.name,
        cacheKeyFn: definition.cacheKey,
      });
      this.loaders.set(definition, loader as DataLoader<unknown, unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphQLContext {
  ctx: RequestContext;
}

/** The request's `RequestContext` in a resolver: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(execution).getContext<GraphQLContext>().ctx;
});
