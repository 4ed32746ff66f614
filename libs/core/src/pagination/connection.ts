import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { BadInputError } from '../errors/error-results.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Returns the offset after the cursor, or null for a cursor this server did not make. */
export function decodeCursor(cursor: string): number | null {
  const raw = Buffer.from(cursor, 'base64url').toString();
  if (!raw.startsWith(CURSOR_PREFIX)) return null;
  const offset = Number(raw.slice(CURSOR_PREFIX.length));
  return Number.isInteger(offset) && offset >= 0 ? offset : null;
}

/** A bad `first` or `after`. */
export class InvalidPageError extends BadInputError {}

/**
 * The page size `first` asks for, or `fallback` when it is absent. Every connection reads its page size
 * here: 0 is refused like -1 (a page of nothing is no page, and a limit of 0 means "no limit" to SQL builders).
 */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw new InvalidPageError(`"first" skal være mellem 1 og ${max}.`);
  return size;
}

/** Turns `first`/`after` into an offset and limit; bad values are the client's error. */
export function pageWindow(args: { first?: number | null; after?: string | null }): PageWindow {
  const first = pageSize(args.first);
  if (!args.after) return { offset: 0, limit: first };
  const last = decodeCursor(args.after);
  if (last === null) throw new InvalidPageError('Ugyldig cursor i "after".');
  return { offset: last + 1, limit: first };
}

export function toConnection<T>(nodes: T[], totalCount: number, window: PageWindow): Connection<T> {
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(window.offset + i) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A GraphQL connection type for `node`: `XConnection { edges { node cursor } pageInfo totalCount }`. */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node) node: T;
    @Field() cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges: Edge<T>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass;
}
