import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Channel } from '../shared/channel.js';
import { ContactKind } from '../shared/enums.js';
import { OpeningHours } from '../shared/opening-hours.js';

@Entity('contact')
@Index('contact_organisation_idx', ['organisationId'])
@Index('contact_unit_idx', ['unitId'])
@ObjectType({ description: 'A named person or a function (team line, duty phone) to hand over to.' })
export class Contact {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ type: 'text' }) @Field(() => ContactKind) kind: ContactKind;
  @Column({ type: 'text' }) @Field({ description: 'Person name, or the name of the function, e.g. "Vagttelefon".' }) name: string;
  @Column({ name: 'role_title', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) roleTitle: string | null;
  @Column({ name: 'help_text', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What they can help with, in plain Danish.' })
  helpText: string | null;
  /** All channels; the GraphQL field filters them by the viewer. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) channels: Channel[];
  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  @Field(() => OpeningHours, { nullable: true })
  openingHours: OpeningHours | null;
  @Column({ name: 'deputy_id', type: 'uuid', nullable: true }) deputyId: string | null;
  @Column({ name: 'situation_keys', type: 'text', array: true, default: () => "'{}'" }) situationKeys: string[];
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  lastVerifiedAt: Date | null;
  @Column({ name: 'last_verified_by', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) lastVerifiedBy:
    string | null;
  /** Set when the person left; the contact then only points on to `successorId`. */
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the person left; `successor` took over their roles.' })
  leftAt: Date | null;
  @Column({ name: 'successor_id', type: 'uuid', nullable: true }) successorId: string | null;
  /** Names of people who left and handed over to this contact, so a search for them finds it. */
  @Column({ name: 'former_names', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'People who left and handed over to this contact; a search for them finds it.' })
  formerNames: string[];
  /** Who answers for the record (see `RecordOwner`); neither set means the organisation's editors. */
  @Column({ name: 'owner_account_id', type: 'uuid', nullable: true }) ownerAccountId: string | null;
  @Column({ name: 'owner_unit_id', type: 'uuid', nullable: true }) ownerUnitId: string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field() isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) updatedAt: Date;
}
