import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateScalar } from '#core';

@Entity('municipality_region')
@ObjectType({ description: 'A period in which a municipality belongs to a region.' })
export class MunicipalityRegion {
  @PrimaryColumn({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date' })
  @Field(() => LocalDateScalar)
  validFrom: string;

  @Column({ name: 'region_key', type: 'text' })
  regionKey: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  @Field(() => LocalDateScalar, { nullable: true })
  validTo: string | null;
}
