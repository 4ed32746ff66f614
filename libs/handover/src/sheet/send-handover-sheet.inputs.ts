import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, resultUnion, MUTATION_FAILURES } from '#core';

@InputType({ description: 'The handover question and a colleague to mail the sheet to. Nothing about the citizen.' })
export class SendHandoverSheetInput {
  @Field({ description: "The colleague's e-mail address (one recipient)." }) to: string;
  @Field({ description: 'Municipality code ("0217") or name.' }) municipalityCode: string;
  @Field(() => Int, { nullable: true }) age?: number | null;
  @Field(() => [String], { nullable: true, description: 'Situation keys; none: all.' }) situations?: string[] | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The moment the sheet is about (default: now).' }) at?: Date | null;
  @Field(() => String, { nullable: true, description: 'A short note to the colleague, at most 500 characters. Never citizen data.' })
  message?: string | null;
}

@ObjectType({ description: 'The sheet is queued for the colleague.' })
export class HandoverSheetSent {
  @Field() to: string;
  @Field({
    description: 'Whether the direct lines for professionals are on it: only when the recipient has an active account in Vejviser.',
  })
  staffChannelsIncluded: boolean;
  @Field({ description: 'The printable page with the same question.' }) sheetUrl: string;
}

export const SendHandoverSheetResult = resultUnion('SendHandoverSheetResult', [HandoverSheetSent, ...MUTATION_FAILURES]);
