import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, ConnectionType } from '#core';
import { RecordOwner } from '#directory';

/** Records are asked about from this many days before they are due, so owners can answer before they go stale. */
export const VERIFICATION_LEAD_DAYS = 14;
/** An owner is asked about the same record at most this often. */
export const VERIFICATION_REMIND_DAYS = 7;
/** A digest lists at most this many records; the rest go out the next day. */
export const VERIFICATION_MAX_PER_MAIL = 100;

export enum VerifiableRecordType {
  CONTACT = 'CONTACT',
  OFFER = 'OFFER',
}
registerEnumType(VerifiableRecordType, { name: 'VerifiableRecordType', description: 'A contact or an offer.' });

export type LinkPurpose = 'REQUEST' | 'ESCALATION';

/** A contact or offer in its current verification cycle, as the job and the queue see it. */
export interface DueRecord {
  requestId: string | null;
  type: VerifiableRecordType;
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  ownerAccountId: string | null;
  ownerUnitId: string | null;
  lastVerifiedAt: Date | null;
  dueAt: Date;
  openedAt: Date | null;
  lastAskedAt: Date | null;
  askCount: number;
  escalatedAt: Date | null;
}

/** Someone who gets a mail. */
export interface Recipient {
  accountId: string;
  email: string;
  name: string;
}

@ObjectType({ description: 'A contact or offer that is due (or soon due) to be confirmed as still correct.' })
export class VerificationQueueItem {
  @Field(() => VerifiableRecordType) recordType: VerifiableRecordType;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) organisationId: string;
  @Field(() => RecordOwner, { description: 'Who is asked to confirm it.' }) owner: RecordOwner;
  @Field(() => DateTimeScalar, { nullable: true }) lastVerifiedAt: Date | null;
  @Field(() => DateTimeScalar) verificationDue: Date;
  @Field({ description: 'Past its verification date (stale).' }) overdue: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When its owners were last asked in this cycle.' })
  lastAskedAt: Date | null;
  @Field(() => Int, { description: 'How many digests have asked about it in this cycle.' }) askCount: number;
  @Field(() => DateTimeScalar, { nullable: true, description: "When it was escalated to the organisation's key persons." })
  escalatedAt: Date | null;
}

export const VerificationQueueConnection = ConnectionType(VerificationQueueItem);

@ObjectType({ description: 'A record confirmed through the link in a verification mail.' })
export class VerificationConfirmed {
  @Field(() => VerifiableRecordType) recordType: VerifiableRecordType;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => DateTimeScalar) lastVerifiedAt: Date;
  @Field() lastVerifiedBy: string;
}
