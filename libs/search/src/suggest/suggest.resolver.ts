import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Suggestion } from './suggest.types.js';
import { SuggestService } from './suggest.service.js';

@Resolver(() => Suggestion)
export class SuggestResolver {
  constructor(private readonly suggestions: SuggestService) {}

  @Query(() => [Suggestion], {
    description:
      'Search-as-you-type: names of municipalities, situations, organisations and offers with a word starting with `prefix` (accents and case ignored).',
  })
  suggest(
    @Args('prefix') prefix: string,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 25 (default 10).' }) first?: number | null,
  ): Promise<Suggestion[]> {
    return this.suggestions.suggest(prefix, first);
  }
}
