import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Invitation } from './invitation.entity.js';

/**
 * A partner's person named to attend an operation when the partner accepted its invitation, and, after
 * the operation, whether they attended. Shared like the invitation: the force and the partner see it.
 */
@Entity()
@Index('IDX_operation_attendee_operation', ['operationId'])
export class OperationAttendee {
  @PrimaryColumn('uuid')
  invitationId!: string;

  @ManyToOne(() => Invitation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invitation_id' })
  invitation?: Invitation;

  @PrimaryColumn('uuid')
  userId!: string;

  @Column('uuid')
  operationId!: string;

  @Column('uuid')
  forceOrganisationId!: string;

  /** The partner organisation the person belongs to. */
  @Column('uuid')
  organisationId!: string;

  /** Null until attendance is recorded. */
  @Column('boolean', { nullable: true })
  attended!: boolean | null;

  @Column('timestamptz')
  namedAt!: Date;
}
