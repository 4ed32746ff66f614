import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/** A role for one scope (organisation, unit or network), or everywhere when none is set. */
export interface Grant {
  role: string;
  organisationId?: string | null;
  unitId?: string | null;
  networkId?: string | null;
}

/** Who is asking: nobody in particular, or a signed-in account (every one a PROFESSIONAL) with its grants. */
export type Viewer = { kind: 'anonymous' } | { kind: 'account'; accountId: string; grants: Grant[] };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * Per-request state: the viewer and the request's DataLoaders, created lazily by name so each
 * feature owns its own batch functions without a central registry.
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** What the response's `extensions` should say (copied there by the responseNotes plugin). */
  readonly notes = new Map<string, unknown>();
  /** Codes of the typed failures (ErrorResult) this request answered with, for logs and metrics. */
  readonly failures: string[] = [];

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

  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results by the keys DataLoader asked for. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups batch results by key, for one-to-many loads. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

export interface GraphQLContext {
  ctx: RequestContext;
}

/** The request's `RequestContext` in a resolver: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(execution).getContext<GraphQLContext>().ctx;
});
