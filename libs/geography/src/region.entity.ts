import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateScalar } from '#core';

@Entity('region')
@ObjectType({ description: 'A Danish region. Region membership of municipalities changes over time (2027 merger).' })
export class Region {
  @PrimaryColumn({ type: 'text' })
  @Field({ description: 'Stable key, e.g. "hovedstaden", "oestdanmark".' })
  key: string;

  @Column({ type: 'text', nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: 'Official four-digit region code (null where not yet published).' })
  code: string | null;

  @Column({ type: 'text' })
  @Field()
  name: string;

  @Column({ name: 'valid_from', type: 'date' })
  @Field(() => LocalDateScalar)
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  validTo: string | null;

  @Column({ name: 'succeeded_by', type: 'text', nullable: true })
  succeededBy: string | null;
}
