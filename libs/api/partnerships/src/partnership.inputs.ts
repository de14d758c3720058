import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { LEGAL_BASES, type LegalBasis } from './partnership-rules.js';
import { LegalBasisEnum } from './partnership.types.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The information-sharing agreement's details. */
@InputType({ isAbstract: true })
export abstract class AgreementInput {
  @Field(() => LegalBasisEnum)
  @IsIn(LEGAL_BASES, { message: 'Choose the legal basis of the information-sharing agreement' })
  legalBasis!: LegalBasis;

  @Field(() => String)
  @Transform(trim)
  @IsString({ message: 'Enter the agreement reference' })
  @IsNotEmpty({ message: 'Enter the agreement reference' })
  @MaxLength(100, { message: 'Agreement reference must be 100 characters or fewer' })
  agreementReference!: string;

  @Field(() => String, { description: 'The date the agreement was signed, YYYY-MM-DD.' })
  @IsString({ message: 'Enter the date the agreement was signed' })
  @Matches(DATE, { message: 'Date signed must be a real date' })
  signedOn!: string;

  @Field(() => String, { description: 'The date the agreement is to be reviewed, YYYY-MM-DD.' })
  @IsString({ message: 'Enter the review date' })
  @Matches(DATE, { message: 'Review date must be a real date' })
  reviewOn!: string;
}

@InputType()
export class ProposePartnershipInput extends AgreementInput {
  @Field(() => ID, { description: 'A project or agency from the partner directory (`organisations`).' })
  @IsUUID('all', { message: 'Choose a project from the directory' })
  projectOrganisationId!: string;
}

@InputType()
export class UpdatePartnershipAgreementInput extends AgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a partnership' })
  id!: string;

  @Field(() => Int, { description: 'The version the change was based on.' })
  @IsInt({ message: 'Version must be a whole number' })
  @Min(1, { message: 'Version must be a whole number' })
  version!: number;
}
