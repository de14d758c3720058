import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const SESSION_END_REASONS = ['SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'IDLE', 'EXPIRED', 'ACCOUNT_DISABLED', 'PASSWORD_CHANGED', 'REPLACED', 'TOO_MANY_WRONG_CODES'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * A signed-in browser, held on the server. The cookie carries a random token; only its SHA-256 is stored,
 * so a copy of this table lets nobody sign in.
 */
@Entity()
export class Session {
  @PrimaryColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('text')
  tokenHash!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  lastSeenAt!: Date;

  @Column('boolean', { default: false })
  secondFactorDone!: boolean;

  /** Wrong codes given in this session while it owed its second factor: a few end it. */
  @Column('int', { default: 0 })
  wrongCodes!: number;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'enum', enum: SESSION_END_REASONS, enumName: 'session_end_reason', nullable: true })
  endedReason!: SessionEndReason | null;

  @Column('text', { nullable: true })
  userAgent!: string | null;
}
