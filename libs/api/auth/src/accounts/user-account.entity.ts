import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ROLES, type Role } from '@liaise/shared-domain';

export const ACCOUNT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** A person who signs in. Belongs to exactly one organisation and holds one role there. */
@Entity()
export class UserAccount {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  organisationId!: string;

  /** Stored lower-cased; unique across Liaise, since it is what people sign in with. */
  @Index({ unique: true })
  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  @Column({ type: 'enum', enum: ACCOUNT_STATUSES, enumName: 'account_status', default: 'ACTIVE' })
  status!: AccountStatus;

  /** argon2id, in the PHC string format (parameters included). */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;

  /** The shared secret of the person's authenticator app (base32); set at enrolment, enabled on confirmation. */
  @Column('text', { nullable: true })
  totpSecret!: string | null;

  @Column('timestamptz', { nullable: true })
  totpEnabledAt!: Date | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column('bigint', { nullable: true })
  totpLastStep!: string | null;

  /** Wrong second-factor codes since one was last accepted: a new sign-in with the password does not reset it. */
  @Column('int', { default: 0 })
  failedCodes!: number;

  @Column('timestamptz', { nullable: true })
  codesPausedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
