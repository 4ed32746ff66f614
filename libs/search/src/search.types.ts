import { Field, Float, InputType, Int, ObjectType, createUnionType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '#core';
import { AccessRoute, Contact, Offer, OfferStatus, Organisation, Sector, Unit } from '#directory';

export enum SearchType {
  OFFER = 'OFFER',
  CONTACT = 'CONTACT',
  ORGANISATION = 'ORGANISATION',
  UNIT = 'UNIT',
}
registerEnumType(SearchType, { name: 'SearchType' });

export const SearchNode = createUnionType({
  name: 'SearchNode',
  types: () => [Offer, Contact, Organisation, Unit] as const,
  resolveType: (value: object) => [Offer, Contact, Organisation, Unit].find((type) => value instanceof type),
});

@InputType()
export class SearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find, in any inflection; typos are tolerated. Empty: browse with filters.',
  })
  query?: string | null;
  @Field(() => [SearchType], { nullable: true }) types?: SearchType[] | null;
  @Field(() => [String], { nullable: true, description: 'Municipality codes; regional records of their region match too.' })
  municipalityCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Region keys or codes.' }) regions?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Situation keys (with sub-situations).' }) situations?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Problem tag keys (with sub-tags).' }) problemTags?: string[] | null;
  @Field(() => [Sector], { nullable: true }) sectors?: Sector[] | null;
  @Field(() => [AccessRoute], { nullable: true }) accessRoutes?: AccessRoute[] | null;
  @Field(() => [OfferStatus], { nullable: true }) statuses?: OfferStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'Only records whose age range includes this age.' }) age?: number | null;
  @Field(() => Int, { nullable: true, description: 'Page size, at most 50 (default 10).' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType()
export class SearchEdge {
  @Field() cursor: string;
  @Field(() => SearchNode) node: Offer | Contact | Organisation | Unit;
  @Field(() => SearchType) type: SearchType;
  @Field({ description: 'Text around the matched words, HTML-escaped, matches in <mark>…</mark>.' }) snippet: string;
  @Field(() => Float) score: number;
}

@ObjectType()
export class FacetValue {
  @Field({ description: 'The value to filter on (a key or code).' }) value: string;
  @Field({ description: 'Danish label.' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Counts of the matching records per value of one field.' })
export class Facet {
  @Field({ description: 'type, municipality, situation, problemTag, sector, accessRoute or status.' }) field: string;
  @Field(() => [FacetValue]) values: FacetValue[];
}

@ObjectType()
export class SearchConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [SearchEdge]) edges: SearchEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [Facet]) facets: Facet[];
  @Field(() => String, { nullable: true, description: 'The words searched after typo correction, when they differ from the query.' })
  correctedQuery: string | null;
}
