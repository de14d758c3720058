import { Transform } from 'class-transformer';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsUUID, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '@liaise/api-auth';
import { PASSWORD_MAX_LENGTH, ROLES, type Role } from '@liaise/shared-domain';

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an e-mail address in the correct format, like name@example.org' })
  @MaxLength(320, { message: 'E-mail address must be 320 characters or fewer' })
  email!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES, { message: 'Choose a role' })
  role!: Role;
}

@InputType({ description: 'The platform administrator invites the first administrator of an organisation it set up.' })
export class InviteOrganisationAdministratorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an organisation from the list' })
  organisationId!: string;

  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an e-mail address in the correct format, like name@example.org' })
  @MaxLength(320, { message: 'E-mail address must be 320 characters or fewer' })
  email!: string;
}

@InputType()
export class AcceptUserInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link (/join/<token>).' })
  @IsString({ message: 'The invitation link is not complete' })
  @MaxLength(100, { message: 'The invitation link is not complete' })
  token!: string;

  @Field(() => String, { description: 'The name colleagues see.' })
  @IsString({ message: 'Enter your name' })
  @IsNotEmpty({ message: 'Enter your name' })
  @MaxLength(100, { message: 'Your name must be 100 characters or fewer' })
  displayName!: string;

  @Field(() => String)
  @IsString({ message: 'Enter a password' })
  @IsNotEmpty({ message: 'Enter a password' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
  password!: string;
}
