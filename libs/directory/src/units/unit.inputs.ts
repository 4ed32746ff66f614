import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { text } from '#core';
import { GeoPointInput } from '#geography';
import { placeInputFields } from '../shared/place.js';
import { UnitKind } from '../shared/enums.js';

@InputType()
export class CreateUnitInput {
  @Field() name: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ID, { nullable: true, description: 'The unit above this one, in the same organisation.' }) parentId?: string | null;
  @Field(() => UnitKind, { nullable: true, description: 'Default TEAM.' }) kind?: UnitKind | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Stengade 59, 3000 Helsingør".' }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Coordinates of the address, in Denmark. null clears them.' })
  location?: GeoPointInput | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Move under another unit of the same organisation (null: top level).' }) parentId?:
    string | null;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Stengade 59, 3000 Helsingør".' }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Coordinates of the address, in Denmark. null clears them.' })
  location?: GeoPointInput | null;
}

@InputType()
export class UnitFilter {
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Municipality code.' }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: 'Region key or code.' }) region?: string | null;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind | null;
}

export const unitFields = z.object({
  name: text.required(200),
  organisationId: z.uuid('Id skal være et gyldigt UUID.'),
  parentId: z
    .uuid('Id skal være et gyldigt UUID.')
    .nullish()
    .transform((v) => v ?? null),
  kind: z
    .enum(UnitKind)
    .nullish()
    .transform((v) => v ?? UnitKind.TEAM),
  description: text.optional(4000),
  ...placeInputFields,
});

export const unitPatch = unitFields.omit({ organisationId: true }).partial();
