import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { text, uuid } from '#core';
import { MemberKind, MemberStatus } from './network.entity.js';

@InputType()
export class CreateNetworkInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: "The coordinator's address; the organiser of its theme days." })
  contactEmail?: string | null;
}

@InputType()
export class UpdateNetworkInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}

@InputType({ description: 'A municipality (its organisation), a regional unit or a volunteer organisation joining a network.' })
export class AddPartyInput {
  @Field(() => ID) networkId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ID, { nullable: true, description: 'For a regional unit: the unit within the region.' }) unitId?: string | null;
}

@InputType()
export class ApplyToNetworkInput {
  @Field(() => ID) networkId: string;
  @Field(() => ID, { description: 'The party (municipality, regional unit or volunteer organisation) you take part through.' })
  partyId: string;
  @Field(() => MemberKind, { nullable: true, description: 'Default PROFESSIONAL.' }) kind?: MemberKind | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'A few words for the key person.' }) motivation?: string | null;
}

@InputType()
export class MemberRolesInput {
  @Field(() => ID) memberId: string;
  @Field(() => Boolean, { nullable: true }) isKeyPerson?: boolean | null;
  @Field(() => Boolean, { nullable: true }) inSteeringGroup?: boolean | null;
}

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true }) partyId?: string | null;
  @Field(() => MemberStatus, { nullable: true, description: 'Default APPROVED.' }) status?: MemberStatus | null;
  @Field(() => Boolean, { nullable: true }) keyPersonsOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true }) steeringGroupOnly?: boolean | null;
}

const email = z
  .email('Ugyldig e-mailadresse.')
  .nullish()
  .transform((v) => v?.toLowerCase() ?? null);

export const networkFields = z.object({
  name: text.required(200),
  description: text.optional(4000),
  contactEmail: email,
});

export const applyFields = z.object({
  networkId: uuid('Netværket'),
  partyId: uuid('Parten'),
  kind: z
    .enum(MemberKind)
    .nullish()
    .transform((v) => v ?? MemberKind.PROFESSIONAL),
  jobTitle: text.optional(200),
  motivation: text.optional(2000),
});
