import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SuggestionKind {
  MUNICIPALITY = 'MUNICIPALITY',
  SITUATION = 'SITUATION',
  ORGANISATION = 'ORGANISATION',
  OFFER = 'OFFER',
}
registerEnumType(SuggestionKind, { name: 'SuggestionKind', description: 'What a suggestion names.' });

@ObjectType({ description: 'A name to complete a search with, while typing.' })
export class Suggestion {
  @Field(() => SuggestionKind) kind: SuggestionKind;
  @Field({ description: 'The name as written, e.g. "Helsingør".' }) label: string;
  @Field(() => ID, { nullable: true, description: 'Offer or organisation id.' }) id: string | null;
  @Field(() => String, { nullable: true, description: 'Municipality code ("0217") or situation key ("discharge").' }) code: string | null;
  @Field(() => String, { nullable: true, description: "An offer's organisation, to tell offers of the same name apart." })
  detail: string | null;
}
