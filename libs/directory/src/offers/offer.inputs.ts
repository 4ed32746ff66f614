import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { z } from 'zod';
import { LocalDateScalar, age, isoDate, municipalityCode, text } from '#core';
import { GeoPointInput } from '#geography';
import { ownerFields } from '../shared/ownership.js';
import { placeInputFields } from '../shared/place.js';
import { ChannelInput, channelsSchema } from '../shared/channel.js';
import { AccessRoute, OfferStatus, Sector } from '../shared/enums.js';
import { LegalBasisInput, legalBasisSchema } from '../shared/legal-basis.js';
import { OpeningHoursInput, openingHoursSchema } from '../shared/opening-hours.js';

@InputType()
export class CreateOfferInput {
  @Field() name: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) helpText?: string | null;
  @Field(() => Int, { nullable: true }) ageMin?: number | null;
  @Field(() => Int, { nullable: true }) ageMax?: number | null;
  @Field(() => Int, { nullable: true }) primaryAgeMin?: number | null;
  @Field(() => Int, { nullable: true }) primaryAgeMax?: number | null;
  @Field(() => [String], { nullable: true, description: 'Situation keys.' }) situations?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Problem tag keys.' }) problemTags?: string[] | null;
  @Field(() => Boolean, { nullable: true }) dualDiagnosisAccepted?: boolean | null;
  @Field(() => String, { nullable: true }) notFor?: string | null;
  @Field(() => AccessRoute, { nullable: true, description: 'Required.' }) accessRoute?: AccessRoute | null;
  @Field(() => String, { nullable: true }) referredBy?: string | null;
  @Field(() => String, { nullable: true }) decidedBy?: string | null;
  @Field(() => [LegalBasisInput], { nullable: true }) legalBasis?: LegalBasisInput[] | null;
  @Field(() => Boolean, { nullable: true }) holdsAuthority?: boolean | null;
  @Field(() => String, { nullable: true }) waitingTime?: string | null;
  @Field(() => String, { nullable: true }) capacity?: string | null;
  @Field(() => String, { nullable: true }) cost?: string | null;
  @Field(() => [String], { nullable: true, description: 'Language codes, default ["da"].' }) languages?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Municipality codes covered; empty: the organisation's own area." })
  municipalityCodes?: string[] | null;
  @Field(() => [ChannelInput], { nullable: true }) channels?: ChannelInput[] | null;
  @Field(() => OpeningHoursInput, { nullable: true }) openingHours?: OpeningHoursInput | null;
  @Field(() => OfferStatus, { nullable: true, description: 'Default ACTIVE.' }) status?: OfferStatus | null;
  @Field(() => LocalDateScalar, { nullable: true }) startsOn?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) endsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Stengade 59, 3000 Helsingør".' }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Coordinates of the address, in Denmark. null clears them.' })
  location?: GeoPointInput | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The account that answers for it; default the creator, or the unit when it is placed in one.',
  })
  ownerAccountId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit whose editors answer for it (instead of an account).' })
  ownerUnitId?: string | null;
}

@InputType()
export class UpdateOfferInput extends PartialType(OmitType(CreateOfferInput, ['organisationId'] as const)) {
  @Field(() => [ChannelInput], {
    nullable: true,
    description: 'Replaces the whole list of channels: a channel left out is removed.',
    deprecationReason:
      'Replaces the whole list, so a client that adds one channel can remove others. Use addOfferChannel, updateOfferChannel and removeOfferChannel.',
  })
  override channels?: ChannelInput[] | null;
}

@InputType()
export class OfferFilter {
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Municipality code: offers covering it.' }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: 'Region key or code.' }) region?: string | null;
  @Field(() => Sector, { nullable: true }) sector?: Sector | null;
  @Field(() => String, { nullable: true, description: 'Situation key; includes its sub-situations.' }) situation?: string | null;
  @Field(() => String, { nullable: true, description: 'Problem tag key; includes its sub-tags.' }) problemTag?: string | null;
  @Field(() => Int, { nullable: true, description: 'Offers whose age range includes this age.' }) age?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Offers whose age range overlaps ageFrom–ageTo (0 to 120; either end may be left out).',
  })
  ageFrom?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Offers whose age range overlaps ageFrom–ageTo (0 to 120; either end may be left out).',
  })
  ageTo?: number | null;
  @Field(() => AccessRoute, { nullable: true }) accessRoute?: AccessRoute | null;
  @Field(() => OfferStatus, { nullable: true }) status?: OfferStatus | null;
}

/**
 * The catalogue's filters as the catalogue export's address gives them: several municipalities, situations and
 * access routes, a record matching any one of a field's values (and every field). Not a GraphQL input.
 */
export interface OfferSelection extends Omit<OfferFilter, 'municipality' | 'situation' | 'accessRoute'> {
  municipalities?: string[];
  situations?: string[];
  accessRoutes?: AccessRoute[];
}

/** `offers(filter:)`'s one value per field as a selection. */
export function selectionOf({ municipality, situation, accessRoute, ...rest }: OfferFilter): OfferSelection {
  return {
    ...rest,
    ...(municipality ? { municipalities: [municipality] } : {}),
    ...(situation ? { situations: [situation] } : {}),
    ...(accessRoute ? { accessRoutes: [accessRoute] } : {}),
  };
}

const id = () => z.uuid('Id skal være et gyldigt UUID.');
const keys = () =>
  z
    .array(z.string().trim().min(1))
    .max(30, 'Højst 30.')
    .nullish()
    .transform((v) => [...new Set(v ?? [])]);
const optionalAge = () =>
  age()
    .nullish()
    .transform((v) => v ?? null);
const optionalDate = () =>
  isoDate()
    .nullish()
    .transform((v) => v ?? null);

export const offerFields = z.object({
  name: text.required(200),
  organisationId: id(),
  unitId: id()
    .nullish()
    .transform((v) => v ?? null),
  description: text.optional(4000),
  helpText: text.optional(2000),
  ageMin: optionalAge(),
  ageMax: optionalAge(),
  primaryAgeMin: optionalAge(),
  primaryAgeMax: optionalAge(),
  situations: keys(),
  problemTags: keys(),
  dualDiagnosisAccepted: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  notFor: text.optional(1000),
  accessRoute: z.enum(AccessRoute, 'Angiv adgangsvej: ANONYMOUS, SELF_REFERRAL, REFERRAL eller VISITATION.'),
  referredBy: text.optional(300),
  decidedBy: text.optional(300),
  legalBasis: legalBasisSchema.nullish().transform((v) => v ?? []),
  holdsAuthority: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  waitingTime: text.optional(200),
  capacity: text.optional(200),
  cost: text.optional(200),
  languages: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z]{2,3}$/, 'Sprogkode skal være to eller tre små bogstaver, fx "da".'),
    )
    .max(20)
    .nullish()
    .transform((v) => v ?? ['da']),
  municipalityCodes: z
    .array(municipalityCode())
    .max(98)
    .nullish()
    .transform((v) => [...new Set(v ?? [])]),
  channels: channelsSchema.nullish().transform((v) => v ?? []),
  openingHours: openingHoursSchema.nullish().transform((v) => v ?? null),
  status: z
    .enum(OfferStatus)
    .nullish()
    .transform((v) => v ?? OfferStatus.ACTIVE),
  startsOn: optionalDate(),
  endsOn: optionalDate(),
  ...placeInputFields,
  ...ownerFields,
});

export const offerPatch = offerFields.omit({ organisationId: true }).partial();
