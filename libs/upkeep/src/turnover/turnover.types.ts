import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Role } from '#auth';
import { Contact, Offer } from '#directory';
import { NetworkMember } from '#network';

@ObjectType({ description: 'A role of the leaving account in the organisation, and whether it moved to the successor account.' })
export class HandedOverGrant {
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true }) organisationId: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field({ description: 'Moved to the successor account; false: removed, as no successor account was given.' }) moved: boolean;
}

@ObjectType({ description: "A network membership the leaving account had through the organisation, and the successor's membership." })
export class HandedOverMembership {
  @Field(() => ID) networkId: string;
  @Field() networkName: string;
  @Field({ description: 'The leaving account was a key person of its party.' }) keyPerson: boolean;
  @Field({ description: 'The leaving account sat in the steering group.' }) steeringGroup: boolean;
  @Field(() => NetworkMember, { nullable: true, description: "The successor account's membership, which got the roles." })
  successorMembership: NetworkMember | null;
  @Field({ description: 'The successor account became a member through the same party by this handover.' }) newMembership: boolean;
}

@ObjectType({ description: 'What a handover moved from a person who left to their successor, in one transaction.' })
export class RoleHandover {
  @Field(() => Contact, { description: 'The person who left: now only a pointer to the successor, without channels.' })
  leaving: Contact;
  @Field(() => Contact) successor: Contact;
  @Field(() => DateTimeScalar) leftAt: Date;
  @Field(() => [String], { description: 'Situation keys the successor took over (it did not serve them before).' })
  situationsAdded: string[];
  @Field(() => [Contact], { description: 'Contacts that had the leaving person as deputy and now have the successor.' })
  deputiesRedirected: Contact[];
  @Field(() => [Contact], { description: 'Contacts the leaving account answered for; now the successor does.' })
  contactsMoved: Contact[];
  @Field(() => [Offer], { description: 'Offers the leaving account answered for; now the successor does.' })
  offersMoved: Offer[];
  @Field(() => [HandedOverGrant]) grants: HandedOverGrant[];
  @Field(() => [HandedOverMembership]) memberships: HandedOverMembership[];
  @Field(() => Int, { description: 'Messages queued to the coordinators of the networks the organisation takes part in.' })
  coordinatorsNotified: number;
  @Field({ description: 'A welcome mail was queued to the successor account, new to a key role.' }) welcomed: boolean;
}
