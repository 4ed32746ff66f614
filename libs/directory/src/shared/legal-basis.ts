import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';

@ObjectType({ description: 'The act and section an offer is given under, e.g. Serviceloven § 85.' })
export class LegalBasis {
  @Field({ description: 'e.g. "Serviceloven", "Barnets Lov", "Sundhedsloven".' }) act: string;
  @Field(() => String, { nullable: true, description: 'e.g. "§ 85".' }) section?: string | null;
}

@InputType()
export class LegalBasisInput {
  @Field() act: string;
  @Field(() => String, { nullable: true }) section?: string | null;
}

export const legalBasisSchema = z
  .array(
    z.object({
      act: z.string().trim().min(1, 'Skal udfyldes.').max(120, 'Må højst være 120 tegn.'),
      section: z
        .string()
        .trim()
        .max(60, 'Må højst være 60 tegn.')
        .nullish()
        .transform((v) => v || null),
    }),
  )
  .max(10, 'Højst 10 lovgrundlag.');
