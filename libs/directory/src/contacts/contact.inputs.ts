import { Field, ID, InputType, PartialType, OmitType } from '@nestjs/graphql';
import { z } from 'zod';
import { text } from '#core';
import { ChannelInput, channelsSchema } from '../shared/channel.js';
import { ContactKind, Sector } from '../shared/enums.js';
import { OpeningHoursInput, openingHoursSchema } from '../shared/opening-hours.js';
import { ownerFields } from '../shared/ownership.js';

@InputType()
export class CreateContactInput {
  @Field({ description: 'Person name, or the function, e.g. "Vagttelefon, Socialpsykiatrien".' }) name: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ContactKind, { nullable: true, description: 'Default FUNCTION.' }) kind?: ContactKind | null;
  @Field(() => String, { nullable: true }) roleTitle?: string | null;
  @Field(() => String, { nullable: true }) helpText?: string | null;
  @Field(() => [ChannelInput], { nullable: true }) channels?: ChannelInput[] | null;
  @Field(() => OpeningHoursInput, { nullable: true }) openingHours?: OpeningHoursInput | null;
  @Field(() => ID, { nullable: true, description: 'Deputy or successor contact.' }) deputyId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Situation keys, see `taxonomy(kind: SITUATION)`.' }) situations?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The account that answers for it; default the creator, or the unit when it is placed in one.',
  })
  ownerAccountId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit whose editors answer for it (instead of an account).' })
  ownerUnitId?: string | null;
}

@InputType()
export class UpdateContactInput extends PartialType(OmitType(CreateContactInput, ['organisationId'] as const)) {
  @Field(() => [ChannelInput], {
    nullable: true,
    description: 'Replaces the whole list of channels: a channel left out is removed.',
    deprecationReason:
      'Replaces the whole list, so a client that adds one channel can remove others. Use addContactChannel, updateContactChannel and removeContactChannel.',
  })
  override channels?: ChannelInput[] | null;
}

@InputType()
export class ContactFilter {
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Municipality code.' }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: 'Region key or code.' }) region?: string | null;
  @Field(() => Sector, { nullable: true }) sector?: Sector | null;
  @Field(() => String, { nullable: true, description: 'Situation key; includes its sub-situations.' }) situation?: string | null;
  @Field(() => ContactKind, { nullable: true }) kind?: ContactKind | null;
  @Field(() => Boolean, { nullable: true, description: 'Also people who left (each points on to its successor). Default false.' })
  includeLeft?: boolean | null;
}

const id = () => z.uuid('Id skal være et gyldigt UUID.');
const keys = () =>
  z
    .array(z.string().trim().min(1))
    .max(30, 'Højst 30.')
    .nullish()
    .transform((v) => [...new Set(v ?? [])]);

export const contactFields = z.object({
  name: text.required(200),
  organisationId: id(),
  unitId: id()
    .nullish()
    .transform((v) => v ?? null),
  kind: z
    .enum(ContactKind)
    .nullish()
    .transform((v) => v ?? ContactKind.FUNCTION),
  roleTitle: text.optional(200),
  helpText: text.optional(2000),
  channels: channelsSchema.nullish().transform((v) => v ?? []),
  openingHours: openingHoursSchema.nullish().transform((v) => v ?? null),
  deputyId: id()
    .nullish()
    .transform((v) => v ?? null),
  situations: keys(),
  ...ownerFields,
});

export const contactPatch = contactFields.omit({ organisationId: true }).partial();
