import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum TaxonomyKindEnum {
  SITUATION = 'SITUATION',
  PROBLEM = 'PROBLEM',
}
registerEnumType(TaxonomyKindEnum, { name: 'TaxonomyKind', description: 'SITUATION: a handover situation; PROBLEM: a problem tag.' });

@Entity('taxonomy_term')
@ObjectType({ description: 'A handover situation or problem tag in the managed taxonomy.' })
export class TaxonomyTerm {
  @PrimaryColumn({ type: 'text' })
  @Field({ description: 'Stable key used in inputs and filters, e.g. "transition-18".' })
  key: string;

  @Column({ type: 'text' })
  @Field(() => TaxonomyKindEnum)
  kind: TaxonomyKindEnum;

  @Column({ name: 'label_da', type: 'text' })
  @Field({ description: 'Danish label.' })
  label: string;

  @Column({ name: 'parent_key', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  parentKey: string | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
