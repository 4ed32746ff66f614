import { Field, Float, InputType, registerEnumType } from '@nestjs/graphql';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
}
registerEnumType(SearchSort, {
  name: 'SearchSort',
  valuesMap: {
    RELEVANCE: { description: 'Best match first (default).' },
    DISTANCE: { description: 'Nearest first from `near` or `nearMunicipality`; records without a location last.' },
  },
});

@InputType({ description: 'A point in Denmark and a radius around it.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude, e.g. 56.033.' }) latitude: number;
  @Field(() => Float, { description: 'Longitude, e.g. 12.613.' }) longitude: number;
  @Field(() => Float, { nullable: true, description: 'Radius in km, at most 500 (default 25).' }) radiusKm?: number | null;
}
