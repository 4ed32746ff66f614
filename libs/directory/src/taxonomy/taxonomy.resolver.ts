import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TaxonomyKindEnum, TaxonomyTerm } from './taxonomy-term.entity.js';
import { TaxonomyService } from './taxonomy.service.js';

@Resolver(() => TaxonomyTerm)
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Query(() => [TaxonomyTerm], { name: 'taxonomy', description: 'The taxonomy: handover situations and problem tags, with Danish labels.' })
  listTerms(@Args('kind', { type: () => TaxonomyKindEnum, nullable: true }) kind?: TaxonomyKindEnum | null): Promise<TaxonomyTerm[]> {
    return this.taxonomy.list(kind);
  }

  @ResolveField(() => TaxonomyTerm, { nullable: true })
  parent(@Parent() term: TaxonomyTerm): Promise<TaxonomyTerm | null> {
    return term.parentKey ? this.taxonomy.find(term.parentKey) : Promise.resolve(null);
  }

  @ResolveField(() => [TaxonomyTerm])
  children(@Parent() term: TaxonomyTerm): Promise<TaxonomyTerm[]> {
    return this.taxonomy.children(term.key);
  }
}
