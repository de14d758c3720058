import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OPERATION_ACTIONS, OPERATION_STATES, type OperationAction, type OperationState } from '@liaise/shared-domain';
import { Operation } from './operation.entity.js';

/** Who moved an operation from one state to another, when, and why: the lifecycle's history. */
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

  @Column({ type: 'enum', enum: OPERATION_ACTIONS, enumName: 'operation_action' })
  action!: OperationAction;

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
