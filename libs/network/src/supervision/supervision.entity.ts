import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';
import { DateTimeScalar, LocalDateScalar } from '#core';
import { Sector } from '#directory';

export enum SupervisionGroupStatus {
  /** Takes applications. */
  OPEN = 'OPEN',
  /** No new applications; sessions go on as planned. */
  CLOSED = 'CLOSED',
}
registerEnumType(SupervisionGroupStatus, { name: 'SupervisionGroupStatus' });

export enum ParticipantStatus {
  /** Applied; a coordinator decides. */
  PENDING = 'PENDING',
  /** Has a seat. */
  APPROVED = 'APPROVED',
  /** Approved, but the group (or the party's or sector's share) was full: waits in application order. */
  WAITLISTED = 'WAITLISTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ParticipantStatus, { name: 'SupervisionParticipantStatus' });

/** date[] comes back as strings or as local-midnight Dates depending on the driver: always "YYYY-MM-DD". */
const localDates: ValueTransformer = {
  to: (value: string[] | undefined) => value,
  from: (value: (string | Date)[] | null) =>
    (value ?? []).map((d) =>
      d instanceof Date
        ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
        : String(d).slice(0, 10),
    ),
};

@ObjectType({ description: 'At most this many seats for participants from organisations of one sector.' })
export class SectorCap {
  @Field(() => Sector) sector: Sector;
  @Field(() => Int) max: number;
}

@Entity('supervision_group')
@ObjectType({ description: 'A supervision group (supervisionsgruppe): a closed cohort meeting through a year.' })
export class SupervisionGroup {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId: string;
  @Column({ type: 'text' }) @Field() name: string;
  @Column({ type: 'text' }) @Field({ description: 'E.g. "Selvmordstruede og selvskadende adfærd", "Angst".' }) focus: string;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @Column({ name: 'facilitator_name', type: 'text' }) @Field() facilitatorName: string;
  @Column({ name: 'facilitator_email', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  facilitatorEmail: string | null;
  @Column({ name: 'min_seats', type: 'integer', default: 6 }) @Field(() => Int) minSeats: number;
  @Column({ name: 'max_seats', type: 'integer', default: 12 }) @Field(() => Int) maxSeats: number;
  @Column({ name: 'party_cap', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'At most this many seats for the members of one party.' })
  partyCap: number | null;
  /** Sector → most seats; shown as `sectorCaps`. */
  @Column({ name: 'sector_caps', type: 'jsonb', default: () => "'{}'" }) sectorCapMap: Record<string, number>;
  @Column({ type: 'text' })
  @Field({ description: 'RFC 5545 RRULE of the sessions, e.g. "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12".' })
  recurrence: string;
  @Column({ name: 'first_session_at', type: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: 'Its Copenhagen time of day is kept for every session.' })
  firstSessionAt: Date;
  @Column({ name: 'session_minutes', type: 'integer' }) @Field(() => Int) sessionMinutes: number;
  @Column({ type: 'date', array: true, default: () => "'{}'", transformer: localDates })
  @Field(() => [LocalDateScalar], { description: 'Days without a session.' })
  exceptions: string[];
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) venue: string | null;
  @Column({ type: 'text', default: SupervisionGroupStatus.OPEN }) @Field(() => SupervisionGroupStatus) status: SupervisionGroupStatus;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field({ description: 'Invented demo data.' }) isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('supervision_session')
@Unique('supervision_session_group_id_starts_at_key', ['groupId', 'startsAt'])
@ObjectType({ description: 'One meeting of a supervision group.' })
export class SupervisionSession {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) endsAt: Date;
  @Column({ type: 'boolean', default: false }) @Field() cancelled: boolean;
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true }) reminderSentAt: Date | null;
}

@Entity('supervision_participant')
@Index('supervision_participant_member_idx', ['memberId'])
@Unique('supervision_participant_group_id_member_id_key', ['groupId', 'memberId'])
@ObjectType({ description: "A member's application to, seat in or place on the waitlist of a supervision group." })
export class SupervisionParticipant {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  /** Application order: the waitlist's order. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false }) seq: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'member_id', type: 'uuid' }) @Field(() => ID, { description: 'The network member.' }) memberId: string;
  @Column({ type: 'text' }) @Field(() => ParticipantStatus) status: ParticipantStatus;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) motivation: string | null;
  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' }) @Field(() => DateTimeScalar) appliedAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;
}

@Entity('supervision_attendance')
@ObjectType({ description: 'Whether a participant attended a session.' })
export class SupervisionAttendance {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) @Field(() => ID) sessionId: string;
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' }) @Field(() => ID) participantId: string;
  @Column({ type: 'boolean' }) @Field() attended: boolean;
  @Column({ name: 'marked_at', type: 'timestamptz', default: () => 'now()' }) @Field(() => DateTimeScalar) markedAt: Date;
}

@ObjectType({ description: 'Attended supervision in one group.' })
export class SupervisionHoursInGroup {
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field() focus: string;
  @Field() facilitatorName: string;
  @Field(() => Int) sessionsAttended: number;
  @Field(() => Int) minutes: number;
  @Field(() => Float) hours: number;
}

@ObjectType({ description: "A member's attended supervision, which counts towards a psychologist's authorisation." })
export class SupervisionHours {
  @Field(() => ID) memberId: string;
  @Field(() => Int) sessionsAttended: number;
  @Field(() => Int) totalMinutes: number;
  @Field(() => Float, { description: 'Sum of the durations of the sessions attended.' }) totalHours: number;
  @Field(() => Int, { description: 'Hours of supervision the authorisation as psychologist requires (160).' }) goalHours: number;
  @Field(() => [SupervisionHoursInGroup]) groups: SupervisionHoursInGroup[];
}
