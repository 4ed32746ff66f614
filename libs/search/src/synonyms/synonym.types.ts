import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  DateTimeScalar,
  ConflictError,
  Deleted,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  resultUnion,
  MUTATION_FAILURES,
} from '#core';

@ObjectType('SynonymGroup', {
  description:
    'Words and phrases that mean the same in search ("BUP", "børne- og ungdomspsykiatri"): a search for any of them finds the others.',
})
export class SynonymGroupRecord {
  @Field(() => ID) id: string;
  @Field(() => [String], { description: 'The terms as written; a term of several words is searched as a phrase.' }) terms: string[];
  @Field(() => DateTimeScalar) updatedAt: Date;
}

@InputType()
export class SynonymGroupInput {
  @Field(() => [String], { description: '2–20 terms of at most 80 characters; each term may belong to one group only.' })
  terms: string[];
}

export const SynonymGroupResult = resultUnion('SynonymGroupResult', [
  SynonymGroupRecord,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);
export const DeleteSynonymGroupResult = resultUnion('DeleteSynonymGroupResult', [Deleted, ...MUTATION_FAILURES]);
