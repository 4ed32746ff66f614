import { Field, Float, InputType, Int, ObjectType, createUnionType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, PageInfo } from '#core';
import { AccessRoute, Contact, Offer, OfferStatus, OpeningStatus, Organisation, Sector, Unit } from '#directory';
import { NearInput, SearchSort } from './place-time.types.js';

export enum SearchType {
  OFFER = 'OFFER',
  CONTACT = 'CONTACT',
  ORGANISATION = 'ORGANISATION',
  UNIT = 'UNIT',
}
registerEnumType(SearchType, { name: 'SearchType' });

export enum QueryPart {
  MUNICIPALITY = 'MUNICIPALITY',
  AGE = 'AGE',
  SITUATION = 'SITUATION',
}
registerEnumType(QueryPart, {
  name: 'QueryPart',
  description: 'A part of the query text search can understand (SearchConnection.understood).',
});

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
  @Field(() => Int, { nullable: true, description: 'With ageTo: only records whose age range overlaps ageFrom–ageTo (0 to 120).' })
  ageFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'With ageFrom: only records whose age range overlaps ageFrom–ageTo (0 to 120).' })
  ageTo?: number | null;
  @Field(() => NearInput, {
    nullable: true,
    description: 'Near a point: within radiusKm of it, or covering the municipality the point lies in (its nearest town hall town).',
  })
  near?: NearInput | null;
  @Field(() => String, {
    nullable: true,
    description: 'Near a municipality (code, e.g. "0217"): within 25 km of its town hall town, or covering the municipality.',
  })
  nearMunicipality?: string | null;
  @Field(() => SearchSort, { nullable: true, description: 'RELEVANCE (default) or DISTANCE (needs near or nearMunicipality).' })
  sortBy?: SearchSort | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only contacts and offers open at this moment (Copenhagen time, public holidays and exceptions included).',
  })
  openAt?: Date | null;
  @Field(() => [QueryPart], {
    nullable: true,
    description:
      'Parts of `query` to take as plain words instead of understanding them (default: none). A client that shows `understood` as chips ' +
      'removes a chip by sending its part here (or by removing its words from `query`).',
  })
  literal?: QueryPart[] | null;
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 50 (default 10).' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType()
export class SearchEdge {
  @Field() cursor: string;
  @Field(() => SearchNode) node: Offer | Contact | Organisation | Unit;
  @Field(() => SearchType) type: SearchType;
  @Field({ description: 'Text around the matched words, HTML-escaped, matches in <mark>…</mark>.' }) snippet: string;
  @Field(() => Float) score: number;
  @Field(() => Float, { nullable: true, description: 'Km from the point of near/nearMunicipality to the record (null without one).' })
  distanceKm?: number | null;
  @Field({ description: 'Past its verification date: still shown, ranked lower; check the details before you hand over.' })
  stale: boolean;
  @Field(() => [String], {
    description: 'People who left and handed over to this contact ("Har overtaget efter …"): a search for them leads here.',
  })
  replaces: string[];
  @Field(() => OpeningStatus, {
    nullable: true,
    description: 'Open at openAt (or now), and when it next opens; null for records without opening hours.',
  })
  openingStatus?: OpeningStatus | null;
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

@ObjectType({ description: 'A municipality named in the query.' })
export class UnderstoodMunicipality {
  @Field({ description: 'Municipality code, e.g. "0217".' }) code: string;
  @Field({ description: 'Its name, e.g. "Helsingør".' }) name: string;
}

@ObjectType({ description: 'A situation named in the query, e.g. "BUP" or "udskrivning".' })
export class UnderstoodSituation {
  @Field({ description: 'Situation key: pass it in SearchInput.situations to make the boost a filter.' }) key: string;
  @Field({ description: 'Danish label.' }) label: string;
}

@ObjectType({
  description:
    'What search understood in the query text ("udskrivning BUP Helsingør 17-årig"): municipalities and an age became filters, ' +
    'situations became boosts (records with them rank higher; the others still match). Show each as a chip; to remove one, ' +
    'send its part in SearchInput.literal; to make a situation a filter, send its key in SearchInput.situations.',
})
export class QueryUnderstanding {
  @Field({ description: 'The words searched for after the understood parts were taken out ("" when nothing is left).' })
  text: string;
  @Field(() => [UnderstoodMunicipality], {
    description: 'Municipalities named in the query, now a filter. Only understood when no municipality or region filter is given.',
  })
  municipalities: UnderstoodMunicipality[];
  @Field(() => Int, {
    nullable: true,
    description: 'An age named in the query ("17 år", "17-årig"), now a filter. Not when `age` is given.',
  })
  age: number | null;
  @Field(() => [UnderstoodSituation], {
    description:
      'Situations named in the query, most specific only ("udskrivning BUP": discharge from child and youth psychiatry), ranked higher. ' +
      'Situation words alone ("BUP") are searched as words; situations already given as filters are not repeated here.',
  })
  situations: UnderstoodSituation[];
}

@ObjectType()
export class SearchConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [SearchEdge]) edges: SearchEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [Facet]) facets: Facet[];
  @Field(() => String, { nullable: true, description: 'The words searched after typo correction, when they differ from the query.' })
  correctedQuery: string | null;
  @Field(() => QueryUnderstanding, { description: 'What was understood in the query text (chips).' })
  understood: QueryUnderstanding;
}
