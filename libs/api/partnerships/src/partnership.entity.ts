import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organisation } from '@liaise/api-organisations';
import {
  LEGAL_BASES,
  PARTNERSHIP_STATUSES,
  type LegalBasis,
  type PartnershipStatus,
} from './partnership-rules.js';

/** The name of the index that allows one open partnership per force and project. */
export const OPEN_PAIR_INDEX = 'UQ_partnership_open_pair';

/**
 * A standing relationship between a police force and a project, agreed by both, with its
 * information-sharing agreement. The row is shared: both organisations see it (row-level security admits
 * either), nobody else does.
 */
@Entity()
@Check('CHK_partnership_two_sides', `"force_organisation_id" <> "project_organisation_id"`)
@Index(OPEN_PAIR_INDEX, ['forceOrganisationId', 'projectOrganisationId'], {
  unique: true,
  where: `"status" IN ('PROPOSED', 'ACTIVE', 'SUSPENDED')`,
})
export class Partnership {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  forceOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'force_organisation_id' })
  forceOrganisation?: Organisation;

  @Index()
  @Column('uuid')
  projectOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_organisation_id' })
  projectOrganisation?: Organisation;

  @Column({ type: 'enum', enum: PARTNERSHIP_STATUSES, enumName: 'partnership_status' })
  status!: PartnershipStatus;

  @Column({ type: 'enum', enum: LEGAL_BASES, enumName: 'partnership_legal_basis' })
  legalBasis!: LegalBasis;

  @Column('text')
  agreementReference!: string;

  /** YYYY-MM-DD. */
  @Column('date')
  signedOn!: string;

  /** YYYY-MM-DD. */
  @Column('date')
  reviewOn!: string;

  @Column('uuid')
  proposedByUserId!: string;

  @Column('timestamptz')
  proposedAt!: Date;

  @Column('uuid', { nullable: true })
  respondedByUserId!: string | null;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;

  /** Why it was last declined, suspended or ended. */
  @Column('text', { nullable: true })
  statusReason!: string | null;

  @Column('timestamptz')
  statusChangedAt!: Date;

  @Column('uuid')
  statusChangedByUserId!: string;

  /** Which side last changed the status: only the side that suspended may resume. */
  @Column('uuid')
  statusChangedByOrganisationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
