import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organisation } from '@liaise/api-organisations';
import { MEDIA_DECISIONS, OPERATION_STATES, OPERATION_TYPES, type MediaDecision, type OperationState, type OperationType } from '@liaise/shared-domain';

/**
 * Planned police activity at one or more premises, owned by one force. Row-level security admits the
 * owning force only: partners read what they may through the invitation's SECURITY DEFINER functions
 * (libs/api/invitations), which return the partner columns and, inside the disclosure window, the
 * disclosed ones — never `reference` or `intelligenceReference`.
 */
@Entity()
@Check('CHK_operation_female_officers', `"female_officers_attending" <= "officers_attending"`)
@Check('CHK_operation_disclosure_before_start', `"disclosure_at" <= "planned_start"`)
@Index('IDX_operation_force_start', ['organisationId', 'plannedStart', 'id'])
export class Operation {
  @PrimaryColumn('uuid')
  id!: string;

  /** The owning force. */
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** The force's own reference: the force only. */
  @Column('text')
  reference!: string;

  @Column({ type: 'enum', enum: OPERATION_TYPES, enumName: 'operation_type' })
  type!: OperationType;

  @Column({ type: 'enum', enum: OPERATION_STATES, enumName: 'operation_state' })
  state!: OperationState;

  /** Disclosed to named attendees of accepting partners inside the window; partners otherwise see the day. */
  @Column('timestamptz')
  plannedStart!: Date;

  /** The UK calendar day of `plannedStart` (YYYY-MM-DD): what an invited partner sees. */
  @Column('date')
  plannedDay!: string;

  @Column('int')
  expectedDurationMinutes!: number;

  /** District or postcode sector: every invited partner sees it. */
  @Column('text')
  generalArea!: string;

  /** Exact addresses: disclosed only inside the window. */
  @Column('text', { array: true })
  addresses!: string[];

  /** Where attendees meet: disclosed only inside the window. */
  @Column('text', { nullable: true })
  briefingPoint!: string | null;

  @Column('int')
  expectedPeople!: number;

  @Column('text', { array: true, default: () => "'{}'" })
  expectedLanguages!: string[];

  @Column('boolean')
  dependentsExpected!: boolean;

  @Column('text', { nullable: true })
  dependentsArrangements!: string | null;

  @Column({ type: 'enum', enum: MEDIA_DECISIONS, enumName: 'operation_media_decision' })
  mediaDecision!: MediaDecision;

  /** Why media may attend (BY_AGREEMENT only). */
  @Column('text', { nullable: true })
  mediaReason!: string | null;

  @Column('text')
  safeguardingLeadName!: string;

  /** The lead's role: what partners see of the lead. */
  @Column('text')
  safeguardingLeadRole!: string;

  @Column('int')
  officersAttending!: number;

  @Column('int')
  femaleOfficersAttending!: number;

  @Column('text', { nullable: true })
  noFemaleOfficersReason!: string | null;

  @Column('boolean')
  interpreterArranged!: boolean;

  /** Written for partners: never the raw intelligence. */
  @Column('text')
  proportionalityStatement!: string;

  /** Internal intelligence reference: the force only. */
  @Column('text', { nullable: true })
  intelligenceReference!: string | null;

  /** A partnership plan (a later feature); kept ready. */
  @Column('uuid', { nullable: true })
  partnershipPlanId!: string | null;

  /** From when accepting partners' named attendees see the disclosed details (default 12 hours before). */
  @Column('timestamptz')
  disclosureAt!: Date;

  @Column('timestamptz', { nullable: true })
  releasedEarlyAt!: Date | null;

  @Column('text', { nullable: true })
  releaseReason!: string | null;

  /** Officers of the force who attended, recorded after the operation. */
  @Column('int', { nullable: true })
  officersAttended!: number | null;

  @Column('uuid')
  createdByUserId!: string;

  @Column('timestamptz')
  stateChangedAt!: Date;

  @Column('uuid')
  stateChangedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
