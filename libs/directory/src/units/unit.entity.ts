import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GeoPoint, geoPointOf } from '#geography';
import { UnitKind } from '../shared/enums.js';

@Entity('unit')
@Index('unit_organisation_idx', ['organisationId'])
@Index('unit_parent_idx', ['parentId'])
@ObjectType({ description: 'An organisational unit: forvaltning → center → afdeling → team.' })
export class Unit {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) @Field() name: string;
  @Column({ type: 'text' }) @Field(() => UnitKind) kind: UnitKind;
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
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  lastVerifiedAt: Date | null;
  @Column({ name: 'last_verified_by', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) lastVerifiedBy:
    string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field() isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) updatedAt: Date;
}
