import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  /** Applied to join an organisation; waits for a key person. */
  PENDING = 'PENDING',
  INVITED = 'INVITED',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

/** A professional who signs in. Every active account is a PROFESSIONAL; other roles are grants. */
@Entity('account')
@Index('account_email_idx', ['email'], { unique: true })
@ObjectType()
export class Account {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ type: 'text' }) @Field() email: string;
  @Column({ name: 'display_name', type: 'text' }) @Field() displayName: string;
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash: string | null;
  @Column({ type: 'text' }) @Field(() => AccountStatus) status: AccountStatus;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The organisation the person works for, when known.' })
  organisationId: string | null;
  @Column({ name: 'job_title', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Job title, as the person gives it.' })
  jobTitle: string | null;
  @Column({ name: 'work_phone', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Work phone, as the person gives it.' })
  workPhone: string | null;
  /** Raised by the database whenever the account's role grants change; access tokens carry the one they were issued under. */
  @Column({ name: 'access_version', type: 'integer', default: 0 }) accessVersion: number;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field() isDemo: boolean;
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  lastSignInAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
