import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter an e-mail address in the correct format, like name@example.org' })
  @MaxLength(320, { message: 'E-mail address must be 320 characters or fewer' })
  email!: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(256, { message: 'Password must be 256 characters or fewer' })
  password!: string;
}
