import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ROLES, type Role } from '@liaise/shared-domain';

/**
 * An organisation administrator's invitation of an e-mail address, with a role. The one-time token is only
 * ever in the e-mailed link; this row keeps its SHA-256, so a copy of the table lets nobody join.
 */
@Entity()
export class UserInvitation {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  organisationId!: string;

  /** Lower-cased. */
  @Column('text')
  email!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  @Index({ unique: true })
  @Column('text')
  tokenHash!: string;

  /** The administrator who sent it. */
  @Column('uuid')
  invitedBy!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
