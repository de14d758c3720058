import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Operation } from './operation.entity.js';

/**
 * One of the force's own people named to attend its operation, so that their MSHT training is checked
 * before the day like partners' attendees; after it, whether they attended. The force's only: partners
 * never read it.
 */
@Entity()
export class OperationOfficer {
  @PrimaryColumn('uuid')
  operationId!: string;

  @ManyToOne(() => Operation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operation_id' })
  operation?: Operation;

  @PrimaryColumn('uuid')
  userId!: string;

  /** The force: row-level security admits it only. */
  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  namedByUserId!: string;

  @Column('timestamptz')
  namedAt!: Date;

  /** Null until the force records attendance. */
  @Column('boolean', { nullable: true })
  attended!: boolean | null;
}
