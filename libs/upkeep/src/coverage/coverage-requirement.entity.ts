import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('coverage_requirement')
@ObjectType({
  description:
    'An entry point every municipality must have for a handover situation, required by a network (for its municipalities) or by a region (for the municipalities in it).',
})
export class CoverageRequirement {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The network that requires it; null for a region requirement.' })
  networkId: string | null;
  @Column({ name: 'region_key', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The region that requires it, e.g. "hovedstaden"; null for a network requirement.' })
  regionKey: string | null;
  @Column({ name: 'situation_key', type: 'text' })
  @Field({ description: 'The handover situation (see `taxonomy(kind: SITUATION)`); contacts tagged with it or a sub-situation count.' })
  situationKey: string;
  @Column({ type: 'text' })
  @Field({ description: 'Danish name of the entry point, e.g. "Efter selvmordsforsøg"; by default the situation\'s label.' })
  label: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) @Field(() => DateTimeScalar) createdAt: Date;
}
