import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum Role {
  /** Changes and verifies the records of an organisation or unit. */
  EDITOR = 'EDITOR',
  /** Invites and approves members of their own organisation. */
  KEY_PERSON = 'KEY_PERSON',
  /** Runs a network. */
  NETWORK_COORDINATOR = 'NETWORK_COORDINATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'Roles beyond PROFESSIONAL, which every signed-in account has.' });

/** A role, for one organisation, unit or network (or everywhere, for ADMIN). */
@Entity('role_grant')
@Index('role_grant_account_idx', ['accountId'])
@ObjectType()
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ type: 'text' }) @Field(() => Role) role: Role;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) @Field(() => ID, { nullable: true }) organisationId: string | null;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) @Field(() => ID, { nullable: true }) unitId: string | null;
  @Column({ name: 'network_id', type: 'uuid', nullable: true }) @Field(() => ID, { nullable: true }) networkId: string | null;
}
