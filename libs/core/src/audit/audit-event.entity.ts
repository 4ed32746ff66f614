import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  VERIFY = 'VERIFY',
  /** Personal data removed on request or when a person left; the event itself stays, without it. */
  ERASE = 'ERASE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType({ description: 'One field before and after a change, as JSON text.' })
export class FieldChange {
  @Field() field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

/** Who changed what, when: written in the same transaction as the change. */
@Entity('audit_event')
@Index('audit_event_account_idx', ['accountId'])
@ObjectType()
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) @Field(() => DateTimeScalar) occurredAt: Date;
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The account that made the change.' })
  accountId: string | null;
  @Column({ name: 'entity_type', type: 'text' }) @Field() entityType: string;
  @Column({ name: 'entity_id', type: 'uuid' }) @Field(() => ID) entityId: string;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @Column({ type: 'text' }) @Field(() => AuditAction) action: AuditAction;
  @Column({ type: 'jsonb', default: () => "'[]'" }) @Field(() => [FieldChange]) changes: FieldChange[];
  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What made the change besides a person editing, e.g. "import:<id>" for a spreadsheet import.',
  })
  cause: string | null;
}
