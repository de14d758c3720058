import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@liaise/api-auth';
import { TRAINING_STATUSES, type TrainingStatus } from './training-status.js';

export const TrainingStatusEnum = Object.fromEntries(TRAINING_STATUSES.map((status) => [status, status])) as {
  [S in TrainingStatus]: S;
};
registerEnumType(TrainingStatusEnum, {
  name: 'TrainingStatus',
  description: 'CURRENT; EXPIRING within 30 days; EXPIRED; NONE (no record).',
});

@ObjectType('TrainingCourse', { description: 'A course people record training against.' })
export class TrainingCourseType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'How many months a completion counts; null when it does not expire.' })
  validityMonths!: number | null;

  @Field(() => Boolean, { description: 'Counts as training in modern slavery and human trafficking.' })
  countsAsMsht!: boolean;

  @Field(() => Boolean, { description: "True for the organisation's own course, false for a shared one." })
  ownCourse!: boolean;
}

@ObjectType('TrainingRecord', { description: 'One completion of a course by one person.' })
export class TrainingRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => TrainingCourseType)
  course!: TrainingCourseType;

  @Field(() => String)
  provider!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  completedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when it does not expire.' })
  expiresOn!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => TrainingStatusEnum, { description: 'Today, in the UK.' })
  status!: TrainingStatus;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: "One person's standing on one course: their record that counts, if any." })
export class CourseTrainingStatus {
  @Field(() => TrainingCourseType)
  course!: TrainingCourseType;

  @Field(() => TrainingStatusEnum)
  status!: TrainingStatus;

  @Field(() => String, { nullable: true })
  expiresOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The record that counts.' })
  recordId!: string | null;
}

@ObjectType({ description: "A person of the organisation and their training on every course." })
export class PersonTraining {
  @Field(() => User)
  user!: User;

  @Field(() => [CourseTrainingStatus])
  courses!: CourseTrainingStatus[];

  @Field(() => [TrainingRecordType], { description: 'Every record, for changing them.' })
  records!: TrainingRecordType[];

  @Field(() => Boolean, { description: 'Holds current (or expiring, not yet expired) MSHT training.' })
  mshtCurrent!: boolean;
}
