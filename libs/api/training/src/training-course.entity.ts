import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '@liaise/api-organisations';

/**
 * A course people record training against. Courses are data: the shared ones (no organisation) are seeded
 * by the migration; an organisation may have its own.
 */
@Entity()
export class TrainingCourse {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** Null for the courses every organisation sees. */
  @Index()
  @Column('uuid', { nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** How long a completion counts; null when it does not expire. Gives the default expiry date. */
  @Column('int', { nullable: true })
  validityMonths!: number | null;

  /** Counts as training in modern slavery and human trafficking, which everyone attending an operation needs. */
  @Column('boolean', { default: false })
  countsAsMsht!: boolean;

  /** The order courses are listed in. */
  @Column('int', { default: 0 })
  position!: number;
}
