import { Transform } from 'class-transformer';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@liaise/shared-domain';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an e-mail address in the correct format, like name@example.org' })
  @MaxLength(320, { message: 'E-mail address must be 320 characters or fewer' })
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link (/reset-password/<token>).' })
  @IsString({ message: 'The password reset link is not complete' })
  @MaxLength(100, { message: 'The password reset link is not complete' })
  token!: string;

  @Field(() => String)
  @IsString({ message: 'Enter a new password' })
  @IsNotEmpty({ message: 'Enter a new password' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
  password!: string;
}
