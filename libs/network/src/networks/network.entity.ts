import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export enum PartyKind {
  MUNICIPALITY = 'MUNICIPALITY',
  REGIONAL_UNIT = 'REGIONAL_UNIT',
  VOLUNTEER_ORGANISATION = 'VOLUNTEER_ORGANISATION',
}
registerEnumType(PartyKind, { name: 'PartyKind' });

export enum MemberKind {
  PROFESSIONAL = 'PROFESSIONAL',
  /** A volunteer key person from a volunteer organisation. */
  VOLUNTEER = 'VOLUNTEER',
}
registerEnumType(MemberKind, { name: 'MemberKind' });

export enum MemberStatus {
  /** Applied; waits for a key person of the party. */
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  LEFT = 'LEFT',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

@Entity('network')
@ObjectType({ description: 'A network of municipalities, regional units and volunteer organisations, e.g. Livsmod.' })
export class Network {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ type: 'text' }) @Field() name: string;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The coordinator's address; the organiser of its theme days." })
  contactEmail: string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field({ description: 'Invented demo data.' }) isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('network_party')
@ObjectType({ description: 'A municipality, regional unit or volunteer organisation taking part in a network.' })
export class NetworkParty {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId: string;
  @Column({ type: 'text' }) @Field(() => PartyKind) kind: PartyKind;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'joined_on', type: 'date', default: () => 'CURRENT_DATE' })
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  joinedOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('network_member')
@Index('network_member_party_idx', ['partyId', 'status'])
@Index('network_member_account_idx', ['accountId'])
@Unique('network_member_network_id_account_id_key', ['networkId', 'accountId'])
@ObjectType({ description: 'A professional or volunteer key person in a network, through one party.' })
export class NetworkMember {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId: string;
  @Column({ name: 'party_id', type: 'uuid' }) partyId: string;
  @Column({ name: 'account_id', type: 'uuid' }) @Field(() => ID) accountId: string;
  @Column({ type: 'text' }) @Field(() => MemberKind) kind: MemberKind;
  @Column({ type: 'text' }) @Field(() => MemberStatus) status: MemberStatus;
  @Column({ name: 'is_key_person', type: 'boolean', default: false })
  @Field({ description: "Carries topics between the network and the party's staff; approves the party's members." })
  isKeyPerson: boolean;
  @Column({ name: 'in_steering_group', type: 'boolean', default: false }) @Field() inSteeringGroup: boolean;
  @Column({ name: 'job_title', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) motivation: string | null;
  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' }) @Field(() => DateTimeScalar) appliedAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
}
