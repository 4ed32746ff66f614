import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UnitKind } from '../shared/enums.js';

@Entity('unit')
@ObjectType({ description: 'An organisational unit: forvaltning → center → afdeling → team.' })
export class Unit {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) @Field() name: string;
  @Column({ type: 'text' }) @Field(() => UnitKind) kind: UnitKind;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true })
  lastVerifiedAt: Date | null;
  @Column({ name: 'last_verified_by', type: 'text', nullable: true }) @Field(() => String, { nullable: true }) lastVerifiedBy:
    string | null;
  @Column({ name: 'is_demo', type: 'boolean', default: false }) @Field() isDemo: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => GraphQLISODateTime) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) @Field(() => GraphQLISODateTime) updatedAt: Date;
}
