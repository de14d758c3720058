import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A single-use code for signing in without the authenticator app. Only its SHA-256 is kept. */
@Entity()
export class RecoveryCode {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @Column('text')
  codeHash!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
