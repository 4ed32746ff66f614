import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}
