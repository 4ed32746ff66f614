import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GeoPoint, geoPointOf } from '#geography';
import { Sector } from '../shared/enums.js';

@Entity('organisation')
@Index('organisation_municipality_idx', ['municipalityCode'])
@Index('organisation_region_idx', ['regionKey'])
@Index('organisation_name_idx', ['name', 'id'])
@Index('organisation_parent_idx', ['parentOrganisationId'])
@ObjectType({ description: 'A municipality, region, state body, volunteer organisation or private provider.' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ type: 'text' }) @Field() name: string;
  @Column({ type: 'text' }) @Field(() => Sector) sector: Sector;
  @Column({ name: 'municipality_code', type: 'text', nullable: true }) municipalityCode: string | null;
  @Column({ name: 'region_key', type: 'text', nullable: true }) regionKey: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) website: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Stengade 59, 3000 Helsingør".' })
  address: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Field(() => GeoPoint, { nullable: true, description: 'Coordinates of the address (WGS 84).' })
  get location(): GeoPoint | null {
    return geoPointOf(this.latitude, this.longitude);
  }
  /** A local branch's national (or parent) volunteer organisation. */
  @Column({ name: 'parent_organisation_id', type: 'uuid', nullable: true }) parentOrganisationId: string | null;
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  lastVerifiedAt: Date | null;
  @Column({ name: 'verification_interval_days', type: 'integer', default: 180 })
  @Field(() => Int, { description: 'Its contacts and offers must be confirmed as still correct this often (days).' })
  verificationIntervalDays: number;
  @Column({ name: 'last_verified_by', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) lastVerifiedBy:
    string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field({ description: 'Invented demo data.' }) isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) updatedAt: Date;
}
