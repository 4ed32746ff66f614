import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A network member's weekly digest of changes to contacts and offers in chosen municipalities and situations. */
@Entity('change_subscription')
@Index('change_subscription_due_idx', ['coveredUntil'])
@Index('change_subscription_network_idx', ['networkId'])
@Unique('change_subscription_account_id_network_id_key', ['accountId', 'networkId'])
@ObjectType({ description: 'A weekly digest of what changed in the directory, for chosen municipalities and situations.' })
export class ChangeSubscription {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ name: 'network_id', type: 'uuid' }) networkId: string;
  @Column({ name: 'municipality_codes', type: 'text', array: true })
  @Field(() => [String], { description: 'Four-digit municipality codes.' })
  municipalityCodes: string[];
  /** Empty: every situation, records tagged with none included. */
  @Column({ name: 'situation_keys', type: 'text', array: true, default: () => "'{}'" }) situationKeys: string[];
  @Column({ name: 'covered_until', type: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: 'Changes up to this moment were in an earlier digest, or came before the subscription.' })
  coveredUntil: Date;
  @Column({ name: 'last_sent_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last digest was queued.' })
  lastSentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
