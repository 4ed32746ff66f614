import type { Type } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Ctx,
  Deleted,
  MUTATION_FAILURES,
  PageArgs,
  RequestContext,
  resultUnion,
  type Connection,
  type ResultOf,
  type ResultUnion,
} from '#core';
import { VerifyInput } from './verification.js';

export const DeleteResult = resultUnion('DeleteResult', [Deleted, ...MUTATION_FAILURES]);

/** What a directory record's service offers the resolver: the same six operations for each record. */
export interface RecordService<T, Create, Update, Filter, Result> {
  load(ctx: RequestContext, id: string): Promise<T | null>;
  list(filter: Filter | undefined, page: PageArgs): Promise<Connection<T>>;
  create(ctx: RequestContext, input: Create): Promise<Result>;
  update(ctx: RequestContext, id: string, input: Update): Promise<Result>;
  delete(ctx: RequestContext, id: string): Promise<ResultOf<typeof DeleteResult>>;
  verify(ctx: RequestContext, input: VerifyInput): Promise<Result>;
}

export interface RecordResolverOptions<T, Create, Update, Filter, Union> {
  entity: Type<T>;
  connection: Type<Connection<T>>;
  result: Union;
  inputs: { create: Type<Create>; update: Type<Update>; filter: Type<Filter> };
  descriptions?: { list?: string; delete?: string; verify?: string };
}

/**
 * The queries and mutations every directory record has, named after the entity: for Unit the queries
 * `unit(id)` and `units(filter, first, after)` and the mutations createUnit, updateUnit, deleteUnit and
 * verifyUnit. A record's resolver extends it, hands over its service as `records` and adds its own fields.
 */
export function RecordResolver<T, Create, Update, Filter, Union extends ResultUnion<unknown>>(
  options: RecordResolverOptions<T, Create, Update, Filter, Union>,
) {
  const { entity, connection, result, inputs, descriptions = {} } = options;
  const name = entity.name;
  const one = name[0].toLowerCase() + name.slice(1);

  @Resolver({ isAbstract: true })
  abstract class RecordResolverHost {
    protected abstract readonly records: RecordService<T, Create, Update, Filter, ResultOf<Union>>;

    @Query(() => entity, { name: one, nullable: true })
    findOne(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<T | null> {
      return this.records.load(ctx, id);
    }

    @Query(() => connection, { name: `${one}s`, description: descriptions.list })
    findMany(
      @Args('filter', { type: () => inputs.filter, nullable: true }) filter: Filter | null,
      @Args() page: PageArgs,
    ): Promise<Connection<T>> {
      return this.records.list(filter ?? undefined, page);
    }

    @Mutation(() => result, { name: `create${name}` })
    createRecord(@Ctx() ctx: RequestContext, @Args('input', { type: () => inputs.create }) input: Create): Promise<ResultOf<Union>> {
      return this.records.create(ctx, input);
    }

    @Mutation(() => result, { name: `update${name}` })
    updateRecord(
      @Ctx() ctx: RequestContext,
      @Args('id', { type: () => ID }) id: string,
      @Args('input', { type: () => inputs.update }) input: Update,
    ): Promise<ResultOf<Union>> {
      return this.records.update(ctx, id, input);
    }

    @Mutation(() => DeleteResult, { name: `delete${name}`, description: descriptions.delete })
    deleteRecord(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
      return this.records.delete(ctx, id);
    }

    @Mutation(() => result, { name: `verify${name}`, description: descriptions.verify })
    verifyRecord(@Ctx() ctx: RequestContext, @Args('input') input: VerifyInput): Promise<ResultOf<Union>> {
      return this.records.verify(ctx, input);
    }
  }
  return RecordResolverHost;
}
