import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserAccount } from '@liaise/api-auth';
import { TrainingCourse } from './training-course.entity.js';

/** One completion of a course by one person, kept by them or their organisation's administrator. */
@Entity()
@Check('CHK_training_record_expiry', `"expires_on" IS NULL OR "expires_on" > "completed_on"`)
export class TrainingRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  organisationId!: string;

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column('uuid')
  courseId!: string;

  @ManyToOne(() => TrainingCourse, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  course?: TrainingCourse;

  @Column('text')
  provider!: string;

  /** YYYY-MM-DD. */
  @Column('date')
  completedOn!: string;

  /** YYYY-MM-DD; null when the training does not expire. */
  @Column('date', { nullable: true })
  expiresOn!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid')
  recordedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
