import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { z } from 'zod';
import { municipalityCode, text, uuid } from '#core';
import { GeoPointInput } from '#geography';
import { placeInputFields } from '../shared/place.js';
import { Sector } from '../shared/enums.js';

@InputType()
export class CreateOrganisationInput {
  @Field() name: string;
  @Field(() => Sector, { nullable: true }) sector?: Sector | null;
  @Field(() => String, { nullable: true, description: 'Four-digit municipality code; required for MUNICIPAL.' }) municipalityCode?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Region key or code; required for REGIONAL.' }) region?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true, description: 'Days between confirmations of its contacts and offers (7–3650, default 180).' })
  verificationIntervalDays?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: 'For a local branch of a volunteer organisation: the organisation it belongs to (both CIVIL_SOCIETY).',
  })
  parentOrganisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Stengade 59, 3000 Helsingør".' }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Coordinates of the address, in Denmark. null clears them.' })
  location?: GeoPointInput | null;
}

@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput) {}

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Municipality code.' }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: 'Region key or code.' }) region?: string | null;
  @Field(() => Sector, { nullable: true }) sector?: Sector | null;
  @Field(() => String, { nullable: true, description: 'Words in the name.' }) nameContains?: string | null;
}

export const organisationFields = z.object({
  name: text.required(200),
  sector: z.enum(Sector, 'Vælg en sektor.'),
  municipalityCode: municipalityCode()
    .nullish()
    .transform((v) => v ?? null),
  region: z
    .string()
    .trim()
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  website: z
    .url('Webadressen skal starte med https://.')
    .nullish()
    .transform((v) => v ?? null),
  description: text.optional(4000),
  verificationIntervalDays: z
    .number()
    .int('Skal være et helt antal dage.')
    .min(7, 'Mindst 7 dage.')
    .max(3650, 'Højst 3650 dage.')
    .nullish()
    .transform((v) => v ?? 180),
  ...placeInputFields,
  parentOrganisationId: uuid('Den overordnede organisation')
    .nullish()
    .transform((v) => v ?? null),
});
