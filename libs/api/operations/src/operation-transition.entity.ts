import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OPERATION_HISTORY_ACTIONS, OPERATION_STATES, type OperationHistoryAction, type OperationState } from '@liaise/shared-domain';
import { Operation } from './operation.entity.js';

/** Who moved an operation from one state to another, or released its details early, when, and why: the operation's history. */
@Entity()
@Index('IDX_operation_transition_operation', ['operationId', 'at'])
export class OperationTransition {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  operationId!: string;

  @ManyToOne(() => Operation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Operation;

  @Column('uuid')
  organisationId!: string;

  @Column({ type: 'enum', enum: OPERATION_HISTORY_ACTIONS, enumName: 'operation_action' })
  action!: OperationHistoryAction;

  @Column({ type: 'enum', enum: OPERATION_STATES, enumName: 'operation_state' })
  fromState!: OperationState;

  @Column({ type: 'enum', enum: OPERATION_STATES, enumName: 'operation_state' })
  toState!: OperationState;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid')
  byUserId!: string;

  @Column('timestamptz')
  at!: Date;
}
