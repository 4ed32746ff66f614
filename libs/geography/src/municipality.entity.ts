import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { GeoPoint, geoPointOf } from './geo-point.js';

@Entity('municipality')
@ObjectType({ description: 'One of the 98 Danish municipalities (kommuner).' })
export class Municipality {
  @PrimaryColumn({ type: 'text' })
  @Field({ description: 'Official four-digit municipality code, e.g. "0217".' })
  code: string;

  @Column({ type: 'text' })
  @Field({ description: 'Short name, e.g. "Helsingør".' })
  name: string;

  @Column({ name: 'official_name', type: 'text' })
  @Field({ description: 'e.g. "Helsingør Kommune".' })
  officialName: string;

  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;

  @Field(() => GeoPoint, {
    nullable: true,
    description: 'Reference point: its town hall town. Search near the municipality measures from here.',
  })
  get referencePoint(): GeoPoint | null {
    return geoPointOf(this.latitude, this.longitude);
  }
}
