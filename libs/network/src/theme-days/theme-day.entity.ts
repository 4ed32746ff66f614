import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ThemeDayKind {
  THEME_DAY = 'THEME_DAY',
  /** Volunteers and professionals discuss cases on an equal footing. */
  JOINT_CASE_DISCUSSION = 'JOINT_CASE_DISCUSSION',
}
registerEnumType(ThemeDayKind, { name: 'ThemeDayKind' });

export enum ThemeDayVisibility {
  /** Anyone may see it and register. */
  PUBLIC = 'PUBLIC',
  /** Only the network's members and coordinators. */
  MEMBERS = 'MEMBERS',
}
registerEnumType(ThemeDayVisibility, { name: 'ThemeDayVisibility' });

export enum ThemeDayStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ThemeDayStatus, { name: 'ThemeDayStatus' });

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType({ description: 'One item of the programme.' })
export class ProgrammeItem {
  @Field({ description: 'Copenhagen time of day, "09:30".' }) startsAt: string;
  @Field(() => String, { nullable: true, description: '"10:15".' }) endsAt?: string | null;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Who speaks, e.g. "Psykolog, Kompetencecenter for Selvmordsforebyggelse".' })
  speaker?: string | null;
}

@Entity('theme_day')
@Index('theme_day_network_idx', ['networkId', 'startsAt'])
@Index('theme_day_host_idx', ['hostOrganisationId', 'startsAt'])
@ObjectType({ description: 'A theme day (temadag) of a network: one topic, experts and practitioners, registration.' })
export class ThemeDay {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId: string;
  @Column({ name: 'host_organisation_id', type: 'uuid', nullable: true }) hostOrganisationId: string | null;
  @Column({ type: 'text' }) @Field(() => ThemeDayKind) kind: ThemeDayKind;
  @Column({ type: 'text' }) @Field() title: string;
  @Column({ type: 'text' }) @Field() topic: string;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Situation keys of the taxonomy the day is about.' })
  situations: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) @Field(() => [ProgrammeItem]) programme: ProgrammeItem[];
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) venue: string | null;
  @Column({ name: 'online_url', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) endsAt: Date;
  @Column({ type: 'integer' }) @Field(() => Int) capacity: number;
  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  registrationOpensAt: Date | null;
  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: when the day starts.' })
  registrationClosesAt: Date | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Intended audience, e.g. "Psykologer", "Frivillige".' })
  audience: string[];
  @Column({ type: 'text' }) @Field(() => ThemeDayVisibility) visibility: ThemeDayVisibility;
  @Column({ type: 'text', default: ThemeDayStatus.SCHEDULED }) @Field(() => ThemeDayStatus) status: ThemeDayStatus;
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) cancellationReason:
    string | null;
  /** Calendar SEQUENCE, raised on every change attendees are told about. */
  @Column({ type: 'integer', default: 0 }) sequence: number;
  @Column({ name: 'attendees_erased_at', type: 'timestamptz', nullable: true }) attendeesErasedAt: Date | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field({ description: 'Invented demo data.' }) isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('theme_day_registration')
@Index('theme_day_registration_day_idx', ['themeDayId', 'status', 'seq'])
@Index('theme_day_registration_account_idx', ['accountId'])
@ObjectType({ description: 'A seat, or a place on the waitlist, at a theme day.' })
export class ThemeDayRegistration {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  /** The order registrations were taken in; the waitlist's order. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false }) seq: string;
  @Column({ name: 'theme_day_id', type: 'uuid' }) themeDayId: string;
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId: string | null;
  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Null once deleted after the day.' })
  name: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) workplace: string | null;
  @Column({ type: 'text' }) @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Column({ name: 'cancel_token_hash', type: 'text', nullable: true, unique: true }) cancelTokenHash: string | null;
  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' }) @Field(() => DateTimeScalar) registeredAt: Date;
  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  promotedAt: Date | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  cancelledAt: Date | null;
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true }) reminderSentAt: Date | null;
  @Column({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Marked after the day.' })
  attended: boolean | null;
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  erasedAt: Date | null;
}
