import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { Operation } from '@liaise/api-operations';
import { INVITATION_STATUSES, OPERATION_STATES, type InvitationStatus, type OperationState } from '@liaise/shared-domain';

/**
 * One partner organisation asked to attend one operation. The row is shared: row-level security admits
 * the force and the partner, nobody else.
 */
@Entity()
@Check('CHK_invitation_two_sides', `"force_organisation_id" <> "partner_organisation_id"`)
@Index('UQ_invitation_open', ['operationId', 'partnerOrganisationId'], { unique: true, where: `"status" IN ('PENDING', 'ACCEPTED')` })
@Index('IDX_invitation_partner', ['partnerOrganisationId', 'createdAt', 'id'])
@Index('IDX_invitation_due', ['respondBy'], { where: `"status" = 'PENDING'` })
export class Invitation {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  operationId!: string;

  @ManyToOne(() => Operation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Operation;

  @Column('uuid')
  forceOrganisationId!: string;

  @Column('uuid')
  partnerOrganisationId!: string;

  @Column({ type: 'enum', enum: INVITATION_STATUSES, enumName: 'invitation_status' })
  status!: InvitationStatus;

  /** Unanswered by then, it expires. */
  @Column('timestamptz')
  respondBy!: Date;

  /** Why it was declined or withdrawn (by either side). */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid')
  invitedByUserId!: string;

  @Column('uuid', { nullable: true })
  respondedByUserId!: string | null;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;

  @Column('timestamptz')
  statusChangedAt!: Date;

  /**
   * The operation's state when the partner declined or either side withdrew: all the partner sees of the
   * operation's state from then on (need to know). Null while open, and for an expiry (the history gives it).
   */
  @Column({ type: 'enum', enum: OPERATION_STATES, enumName: 'operation_state', nullable: true })
  operationStateAtClose!: OperationState | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
