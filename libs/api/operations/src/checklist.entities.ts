import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '@liaise/api-organisations';
import { CHECKLIST_ANSWERS, type ChecklistAnswer } from '@liaise/shared-domain';
import { Operation } from './operation.entity.js';

/** A force's own readiness checklist item, asked of every operation created after it was added. */
@Entity()
@Index('UQ_checklist_item_definition_title', ['organisationId', 'title'], { unique: true, where: 'retired_at IS NULL' })
export class ChecklistItemDefinition {
  /** `custom-<uuid>`: the answers refer to it by this key. */
  @PrimaryColumn('text')
  key!: string;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  title!: string;

  @Column('text')
  hint!: string;

  @Column('uuid')
  createdByUserId!: string;

  @Column('timestamptz')
  createdAt!: Date;

  /** No longer asked of new operations; answers already given keep it. */
  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;
}

/**
 * One operation's answer to one checklist item. The item's title and hint are copied when the operation is
 * created, so an operation keeps the checklist it was planned against.
 */
@Entity()
export class OperationChecklistAnswer {
  @PrimaryColumn('uuid')
  operationId!: string;

  @ManyToOne(() => Operation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Operation;

  @PrimaryColumn('text')
  itemKey!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text')
  hint!: string;

  @Column({ type: 'enum', enum: CHECKLIST_ANSWERS, enumName: 'checklist_answer', nullable: true })
  answer!: ChecklistAnswer | null;

  /** Required for NOT_MET and NOT_APPLICABLE. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid', { nullable: true })
  answeredByUserId!: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;
}
