import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
const present = (value: unknown) => value !== null && value !== undefined;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ isAbstract: true })
export abstract class TrainingDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a course' })
  courseId!: string;

  @Field(() => String, { description: 'Who gave the training.' })
  @Transform(trim)
  @IsString({ message: 'Enter the training provider' })
  @IsNotEmpty({ message: 'Enter the training provider' })
  @MaxLength(200, { message: 'Training provider must be 200 characters or fewer' })
  provider!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsString({ message: 'Enter the date the training was completed' })
  @Matches(DATE, { message: 'Date completed must be a real date' })
  completedOn!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; when not given, from the course's validity." })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: TrainingDetailsInput) => present(input.expiresOn))
  @Matches(DATE, { message: 'Expiry date must be a real date' })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: TrainingDetailsInput) => present(input.note))
  @MaxLength(1000, { message: 'Note must be 1000 characters or fewer' })
  note?: string | null;
}

@InputType()
export class AddTrainingRecordInput extends TrainingDetailsInput {
  @Field(() => ID, { nullable: true, description: "Whose training: someone of the organisation (administrators); the signed-in person when not given." })
  @IsOptional()
  @ValidateIf((input: AddTrainingRecordInput) => present(input.userId))
  @IsUUID('all', { message: 'Choose a person' })
  userId?: string | null;
}

@InputType()
export class UpdateTrainingRecordInput extends TrainingDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a training record' })
  id!: string;

  @Field(() => Int, { description: 'The version the change was based on.' })
  @IsInt({ message: 'Version must be a whole number' })
  @Min(1, { message: 'Version must be a whole number' })
  version!: number;
}
