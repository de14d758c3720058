import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A one-time password reset link sent to an account's address; only the token's SHA-256 is kept. */
@Entity()
export class PasswordReset {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Index({ unique: true })
  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
