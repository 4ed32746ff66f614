import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OutgoingMail } from '../transports/mail-transport.js';

export enum MailStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  valuesMap: {
    QUEUED: { description: 'Waiting to be sent, or waiting for a retry.' },
    SENDING: { description: 'An attempt is under way.' },
    SENT: { description: 'The mail server accepted it.' },
    FAILED: { description: 'Every attempt failed; it is in the dead-letter queue.' },
  },
});

/** The log of every message: what was sent to whom, and how delivery went. */
@Entity('mail_message')
@Index('mail_message_status_idx', ['status', 'createdAt'])
@ObjectType({ description: 'A message in the mail log.' })
export class MailMessage {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ type: 'text' }) @Field({ description: 'Template name, e.g. "theme-day-confirmation".' }) template: string;
  @Column({ type: 'text', array: true }) @Field(() => [String]) recipients: string[];
  @Column({ type: 'text' }) @Field() subject: string;
  @Column({ type: 'text' }) html: string;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'ical_event', type: 'jsonb', nullable: true }) icalEvent: OutgoingMail['icalEvent'] | null;
  @Column({ type: 'text' }) @Field(() => MailStatus) status: MailStatus;
  @Column({ type: 'int', default: 0 }) @Field(() => Int) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) lastError: string | null;
  @Column({ name: 'message_id', type: 'text', unique: true })
  @Field({ description: 'The Message-ID header, the same on every attempt.' })
  messageId: string;
  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true }) idempotencyKey: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) updatedAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  sentAt: Date | null;
}
