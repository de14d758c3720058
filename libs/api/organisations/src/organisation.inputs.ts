import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '@liaise/shared-domain';
import { OrganisationKindEnum } from './organisation.types.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value;
/** An empty optional field means "none". */
const blankToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
const present = (value: unknown) => value !== null && value !== undefined;

/** What an organisation says about itself: its name and what the partner directory and partners see. */
@InputType({ isAbstract: true })
export abstract class OrganisationProfileInput {
  @Field(() => String)
  @Transform(trim)
  @IsString({ message: 'Enter the name of the organisation' })
  @IsNotEmpty({ message: 'Enter the name of the organisation' })
  @MaxLength(200, { message: 'Name must be 200 characters or fewer' })
  name!: string;

  @Field(() => [String], { description: 'Towns, boroughs or districts; up to 50.' })
  @Transform(trimEach)
  @IsArray({ message: 'Areas served must be a list' })
  @ArrayMaxSize(50, { message: 'Enter 50 areas served or fewer' })
  @IsString({ each: true, message: 'Each area served must be text' })
  @IsNotEmpty({ each: true, message: 'An area served cannot be blank' })
  @MaxLength(100, { each: true, message: 'Each area served must be 100 characters or fewer' })
  areasServed!: string[];

  @Field(() => String, { nullable: true })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OrganisationProfileInput) => present(input.contactEmail))
  @IsEmail({}, { message: 'Enter a contact e-mail address in the correct format, like team@example.org' })
  @MaxLength(320, { message: 'Contact e-mail address must be 320 characters or fewer' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(blankToNull)
  @IsOptional()
  @ValidateIf((input: OrganisationProfileInput) => present(input.contactPhone))
  @Matches(/^\+?[0-9 ()-]{6,30}$/, { message: 'Enter a contact phone number, like 01632 960 001 or +44 1632 960 001' })
  contactPhone?: string | null;

  @Field(() => [String], { description: 'Language codes or names; up to 50.' })
  @Transform(trimEach)
  @IsArray({ message: 'Languages offered must be a list' })
  @ArrayMaxSize(50, { message: 'Enter 50 languages or fewer' })
  @IsString({ each: true, message: 'Each language must be text' })
  @IsNotEmpty({ each: true, message: 'A language cannot be blank' })
  @MaxLength(60, { each: true, message: 'Each language must be 60 characters or fewer' })
  languagesOffered!: string[];
}

@InputType()
export class UpdateMyOrganisationInput extends OrganisationProfileInput {
  @Field(() => Int, { description: 'The version the change was based on (from `myOrganisation`).' })
  @IsInt({ message: 'Version must be a whole number' })
  @Min(1, { message: 'Version must be a whole number' })
  version!: number;
}

@InputType()
export class CreateOrganisationInput extends OrganisationProfileInput {
  @Field(() => OrganisationKindEnum)
  @IsIn(ORGANISATION_KINDS, { message: 'Choose the kind of organisation: police force, sex work project, MSHT project or other agency' })
  kind!: OrganisationKind;
}
