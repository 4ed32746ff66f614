import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GeoPoint, geoPointOf } from '#geography';
import { DateTimeScalar, LocalDateScalar } from '#core';
import type { Channel } from '../shared/channel.js';
import { AccessRoute, OfferStatus } from '../shared/enums.js';
import { LegalBasis } from '../shared/legal-basis.js';
import { OpeningHours } from '../shared/opening-hours.js';

@Entity('offer')
@Index('offer_organisation_idx', ['organisationId'])
@Index('offer_unit_idx', ['unitId'])
@ObjectType({ description: 'An offer (tilbud/indsats): a service a citizen can be referred to or use.' })
export class Offer {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ type: 'text' }) @Field() name: string;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @Column({ name: 'help_text', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What it helps with, in plain Danish.' })
  helpText: string | null;
  @Column({ name: 'age_min', type: 'int', nullable: true }) @Field(() => Int, { nullable: true }) ageMin: number | null;
  @Column({ name: 'age_max', type: 'int', nullable: true }) @Field(() => Int, { nullable: true }) ageMax: number | null;
  @Column({ name: 'primary_age_min', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Main effort band, lower age.' })
  primaryAgeMin: number | null;
  @Column({ name: 'primary_age_max', type: 'int', nullable: true }) @Field(() => Int, { nullable: true }) primaryAgeMax: number | null;
  @Column({ name: 'situation_keys', type: 'text', array: true, default: () => "'{}'" }) situationKeys: string[];
  @Column({ name: 'problem_keys', type: 'text', array: true, default: () => "'{}'" }) problemKeys: string[];
  @Column({ name: 'dual_diagnosis_accepted', type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true })
  dualDiagnosisAccepted: boolean | null;
  @Column({ name: 'not_for', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who it is not for.' })
  notFor: string | null;
  @Column({ name: 'access_route', type: 'text' }) @Field(() => AccessRoute) accessRoute: AccessRoute;
  @Column({ name: 'referred_by', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who can refer (REFERRAL).' })
  referredBy: string | null;
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Which unit decides (VISITATION).' })
  decidedBy: string | null;
  @Column({ name: 'legal_basis', type: 'jsonb', default: () => "'[]'" }) @Field(() => [LegalBasis]) legalBasis: LegalBasis[];
  @Column({ name: 'holds_authority', type: 'boolean', default: false })
  @Field({ description: 'The unit holds authority (myndighed): contacting it may open a case.' })
  holdsAuthority: boolean;
  @Column({ name: 'waiting_time', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) waitingTime: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) capacity: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) cost: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Language codes, e.g. "da", "en".' })
  languages: string[];
  @Column({ name: 'municipality_codes', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: "Municipalities covered; empty means the organisation's own area." })
  municipalityCodes: string[];
  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Stengade 59, 3000 Helsingør".' })
  address: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Field(() => GeoPoint, { nullable: true, description: 'Coordinates of the address (WGS 84).' })
  get location(): GeoPoint | null {
    return geoPointOf(this.latitude, this.longitude);
  }
  /** All channels; the GraphQL field filters them by the viewer. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) channels: Channel[];
  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  @Field(() => OpeningHours, { nullable: true })
  openingHours: OpeningHours | null;
  @Column({ type: 'text' }) @Field(() => OfferStatus) status: OfferStatus;
  @Column({ name: 'starts_on', type: 'date', nullable: true }) @Field(() => LocalDateScalar, { nullable: true }) startsOn: string | null;
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: 'e.g. when project funding ends.' })
  endsOn: string | null;
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  lastVerifiedAt: Date | null;
  @Column({ name: 'last_verified_by', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) lastVerifiedBy:
    string | null;
  /** Who answers for the record (see `RecordOwner`); neither set means the organisation's editors. */
  @Column({ name: 'owner_account_id', type: 'uuid', nullable: true }) ownerAccountId: string | null;
  @Column({ name: 'owner_unit_id', type: 'uuid', nullable: true }) ownerUnitId: string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field() isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) updatedAt: Date;
}
