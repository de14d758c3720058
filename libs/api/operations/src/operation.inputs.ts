import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  CHECKLIST_ANSWERS,
  MEDIA_DECISIONS,
  OPERATION_STATES,
  OPERATION_TYPES,
  type ChecklistAnswer,
  type MediaDecision,
  type OperationState,
  type OperationType,
} from '@liaise/shared-domain';
import { LIMITS } from './limits.js';
import { ChecklistAnswerEnum, MediaDecisionEnum, OperationStateEnum, OperationTypeEnum } from './operation.types.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value);
const present = (value: unknown) => value !== null && value !== undefined;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Everything a liaison officer plans; the same for creating and editing. */
@InputType()
export class OperationDetailsInput {
  @Field(() => String, { description: 'The force’s own reference (never shown to partners).' })
  @Transform(trim)
  @IsString({ message: 'Enter the reference' })
  @IsNotEmpty({ message: 'Enter the reference' })
  @MaxLength(LIMITS.reference, { message: `Reference must be ${LIMITS.reference} characters or fewer` })
  reference!: string;

  @Field(() => OperationTypeEnum)
  @IsIn(OPERATION_TYPES, { message: 'Choose the type of operation' })
  type!: OperationType;

  @Field(() => Date)
  @IsDate({ message: 'Enter the planned start as a date and time' })
  plannedStart!: Date;

  @Field(() => Int, { description: `Minutes, ${LIMITS.minDurationMinutes} to ${LIMITS.maxDurationMinutes}.` })
  @IsInt({ message: 'Expected duration must be a whole number of minutes' })
  @Min(LIMITS.minDurationMinutes, { message: `Expected duration must be at least ${LIMITS.minDurationMinutes} minutes` })
  @Max(LIMITS.maxDurationMinutes, { message: `Expected duration must be ${LIMITS.maxDurationMinutes} minutes (7 days) or fewer` })
  expectedDurationMinutes!: number;

  @Field(() => String, { description: 'District or postcode sector: what invited partners see.' })
  @Transform(trim)
  @IsString({ message: 'Enter the general area' })
  @IsNotEmpty({ message: 'Enter the general area' })
  @MaxLength(LIMITS.generalArea, { message: `General area must be ${LIMITS.generalArea} characters or fewer` })
  generalArea!: string;

  @Field(() => [String], { description: `One to ${LIMITS.maxAddresses} exact addresses.` })
  @Transform(trimEach)
  @IsArray({ message: 'Enter at least one address' })
  @ArrayMinSize(1, { message: 'Enter at least one address' })
  @ArrayMaxSize(LIMITS.maxAddresses, { message: `Enter ${LIMITS.maxAddresses} addresses or fewer` })
  @IsString({ each: true, message: 'Each address must be text' })
  @IsNotEmpty({ each: true, message: 'Addresses cannot be blank' })
  @MaxLength(LIMITS.address, { each: true, message: `Each address must be ${LIMITS.address} characters or fewer` })
  addresses!: string[];

  @Field(() => String, { nullable: true })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.briefingPoint))
  @IsString({ message: 'Briefing point must be text' })
  @MaxLength(LIMITS.briefingPoint, { message: `Briefing point must be ${LIMITS.briefingPoint} characters or fewer` })
  briefingPoint?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'Expected number of people must be a whole number' })
  @Min(0, { message: 'Expected number of people cannot be negative' })
  @Max(LIMITS.maxExpectedPeople, { message: `Expected number of people must be ${LIMITS.maxExpectedPeople} or fewer` })
  expectedPeople!: number;

  @Field(() => [String])
  @Transform(trimEach)
  @IsArray({ message: 'Expected languages must be a list' })
  @ArrayMaxSize(LIMITS.maxLanguages, { message: `Enter ${LIMITS.maxLanguages} expected languages or fewer` })
  @IsString({ each: true, message: 'Each expected language must be text' })
  @IsNotEmpty({ each: true, message: 'Expected languages cannot be blank' })
  @MaxLength(LIMITS.language, { each: true, message: `Each expected language must be ${LIMITS.language} characters or fewer` })
  expectedLanguages!: string[];

  @Field(() => Boolean)
  @IsBoolean({ message: 'Say whether dependents or family are expected' })
  dependentsExpected!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when dependents are expected.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.dependentsArrangements))
  @IsString({ message: 'Arrangements for dependents must be text' })
  @MaxLength(LIMITS.longText, { message: `Arrangements for dependents must be ${LIMITS.longText} characters or fewer` })
  dependentsArrangements?: string | null;

  @Field(() => MediaDecisionEnum)
  @IsIn(MEDIA_DECISIONS, { message: 'Choose the media decision' })
  mediaDecision!: MediaDecision;

  @Field(() => String, { nullable: true, description: 'Required for BY_AGREEMENT.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.mediaReason))
  @IsString({ message: 'Media reason must be text' })
  @MaxLength(LIMITS.longText, { message: `Media reason must be ${LIMITS.longText} characters or fewer` })
  mediaReason?: string | null;

  @Field(() => String)
  @Transform(trim)
  @IsString({ message: 'Enter the safeguarding lead’s name' })
  @IsNotEmpty({ message: 'Enter the safeguarding lead’s name' })
  @MaxLength(LIMITS.name, { message: `Safeguarding lead’s name must be ${LIMITS.name} characters or fewer` })
  safeguardingLeadName!: string;

  @Field(() => String, { description: 'What partners see of the lead.' })
  @Transform(trim)
  @IsString({ message: 'Enter the safeguarding lead’s role' })
  @IsNotEmpty({ message: 'Enter the safeguarding lead’s role' })
  @MaxLength(LIMITS.name, { message: `Safeguarding lead’s role must be ${LIMITS.name} characters or fewer` })
  safeguardingLeadRole!: string;

  @Field(() => Int)
  @IsInt({ message: 'Officers attending must be a whole number' })
  @Min(0, { message: 'Officers attending cannot be negative' })
  @Max(LIMITS.maxOfficers, { message: `Officers attending must be ${LIMITS.maxOfficers} or fewer` })
  officersAttending!: number;

  @Field(() => Int)
  @IsInt({ message: 'Female officers attending must be a whole number' })
  @Min(0, { message: 'Female officers attending cannot be negative' })
  @Max(LIMITS.maxOfficers, { message: `Female officers attending must be ${LIMITS.maxOfficers} or fewer` })
  femaleOfficersAttending!: number;

  @Field(() => String, { nullable: true, description: 'Required when no female officers attend.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.noFemaleOfficersReason))
  @IsString({ message: 'Reason no female officers attend must be text' })
  @MaxLength(LIMITS.longText, { message: `Reason no female officers attend must be ${LIMITS.longText} characters or fewer` })
  noFemaleOfficersReason?: string | null;

  @Field(() => Boolean)
  @IsBoolean({ message: 'Say whether an interpreter is arranged' })
  interpreterArranged!: boolean;

  @Field(() => String, { description: 'Why this response is proportionate, written for partners.' })
  @Transform(trim)
  @IsString({ message: 'Enter the proportionality statement' })
  @IsNotEmpty({ message: 'Enter the proportionality statement' })
  @MaxLength(LIMITS.statement, { message: `Proportionality statement must be ${LIMITS.statement} characters or fewer` })
  proportionalityStatement!: string;

  @Field(() => String, { nullable: true, description: 'Internal: the force only.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.intelligenceReference))
  @IsString({ message: 'Intelligence reference must be text' })
  @MaxLength(LIMITS.reference, { message: `Intelligence reference must be ${LIMITS.reference} characters or fewer` })
  intelligenceReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'A partnership plan (a later feature).' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.partnershipPlanId))
  @IsUUID('all', { message: 'Choose a partnership plan' })
  partnershipPlanId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When not given, 12 hours before the planned start.' })
  @IsOptional()
  @ValidateIf((input: OperationDetailsInput) => present(input.disclosureAt))
  @IsDate({ message: 'Enter the disclosure time as a date and time' })
  disclosureAt?: Date | null;
}

@InputType()
export class OperationsFilter {
  @Field(() => [OperationStateEnum], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'States must be a list' })
  @IsIn(OPERATION_STATES, { each: true, message: 'Choose states from the list' })
  states?: OperationState[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: planned on or after this day.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationsFilter) => present(input.from))
  @Matches(DATE, { message: 'From date must be a real date' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: planned on or before this day.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OperationsFilter) => present(input.to))
  @Matches(DATE, { message: 'To date must be a real date' })
  to?: string | null;
}

@InputType()
export class ChecklistAnswerInput {
  @Field(() => String)
  @IsString({ message: 'Choose a checklist item' })
  @IsNotEmpty({ message: 'Choose a checklist item' })
  @MaxLength(100, { message: 'Choose a checklist item' })
  key!: string;

  @Field(() => ChecklistAnswerEnum)
  @IsIn(CHECKLIST_ANSWERS, { message: 'Choose met, not met or not applicable' })
  answer!: ChecklistAnswer;

  @Field(() => String, { nullable: true, description: 'Required for NOT_MET and NOT_APPLICABLE.' })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: ChecklistAnswerInput) => present(input.reason))
  @IsString({ message: 'Reason must be text' })
  @MaxLength(LIMITS.reason, { message: `Reason must be ${LIMITS.reason} characters or fewer` })
  reason?: string | null;
}
