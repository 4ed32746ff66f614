import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { municipalityCode, uuid } from '#core';

export const MAX_MUNICIPALITIES = 30;
export const MAX_SITUATIONS = 20;

@InputType()
export class SubscribeToChangesInput {
  @Field(() => ID) networkId: string;
  @Field(() => [String], { description: `Four-digit municipality codes, at least one and at most ${MAX_MUNICIPALITIES}.` })
  municipalityCodes: string[];
  @Field(() => [String], {
    nullable: true,
    description:
      'Situation keys (taxonomy(kind: SITUATION)); each includes its sub-situations. Empty or left out: every situation, records tagged with none included.',
  })
  situations?: string[] | null;
}

const unique = (values: string[]) => [...new Set(values)];

export const subscribeSchema = z.object({
  networkId: uuid('Netværkets id'),
  municipalityCodes: z
    .array(municipalityCode())
    .min(1, 'Vælg mindst én kommune.')
    .max(MAX_MUNICIPALITIES, `Vælg højst ${MAX_MUNICIPALITIES} kommuner.`)
    .transform(unique),
  situations: z
    .array(z.string().trim().min(1, 'Skal udfyldes.'))
    .max(MAX_SITUATIONS, `Vælg højst ${MAX_SITUATIONS} situationer.`)
    .nullish()
    .transform((keys) => unique(keys ?? [])),
});
export type SubscribeToChanges = z.output<typeof subscribeSchema>;
