import type { Grant } from '#core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh token, stored only as a hash. Each use replaces it with a new one in the same family;
 * presenting a used one again means it was stolen, and the whole family is revoked.
 */
@Entity('refresh_token')
@Index('refresh_token_family_idx', ['familyId'])
@Index('refresh_token_account_idx', ['accountId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId: string;
  @Column({ name: 'family_id', type: 'uuid' }) familyId: string;
  @Column({ name: 'token_hash', type: 'text', unique: true }) tokenHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  /** Grants from the identity provider's roles claim, for a session opened by single sign-on; null: the account's own. */
  @Column({ type: 'jsonb', nullable: true }) grants: Grant[] | null;
  /** When this token was issued: a session idle longer than SESSION_IDLE_HOURS since then ends. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
