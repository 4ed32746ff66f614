import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '#core';
import { SearchConnection, SearchInput } from './search.types.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchConnection, { description: 'One search over offers, contacts, organisations and units, with facets.' })
  search(@Ctx() ctx: RequestContext, @Args('input') input: SearchInput): Promise<SearchConnection> {
    return this.searchService.search(ctx, input);
  }
}
