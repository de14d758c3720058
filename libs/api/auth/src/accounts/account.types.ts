import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@liaise/shared-domain';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person does in Liaise; each role grants a fixed set of permissions.',
});

export const SECOND_FACTOR_STEPS = ['DONE', 'ENTER_CODE', 'ENROL'] as const;
export type SecondFactorStep = (typeof SECOND_FACTOR_STEPS)[number];
export const SecondFactorStepEnum = { DONE: 'DONE', ENTER_CODE: 'ENTER_CODE', ENROL: 'ENROL' } as const;
registerEnumType(SecondFactorStepEnum, {
  name: 'SecondFactorStep',
  description: 'DONE: fully signed in. ENTER_CODE: give a code from the authenticator app. ENROL: set up the app first.',
});

@ObjectType({ description: 'A person who signs in to Liaise.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID)
  organisationId!: string;
}

@ObjectType({ description: 'The signed-in person and what their role lets them do.' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => String)
  organisationName!: string;

  @Field(() => [String], { description: 'Permission names (see libs/shared/domain); none until the second factor is given.' })
  permissions!: string[];

  @Field(() => SecondFactorStepEnum, { description: 'What this session still has to do before it may do anything else.' })
  secondFactorStep!: SecondFactorStep;

  @Field(() => Boolean, { description: 'Whether the person has two-factor sign-in set up.' })
  twoFactorEnabled!: boolean;
}

@ObjectType({ description: 'A new secret for an authenticator app: scan the QR code or type the secret.' })
export class TwoFactorEnrolment {
  @Field(() => String)
  secret!: string;

  @Field(() => String)
  otpauthUri!: string;

  @Field(() => String, { description: 'An SVG image of the QR code for otpauthUri.' })
  qrCodeSvg!: string;
}

@ObjectType()
export class TwoFactorConfirmation {
  @Field(() => Viewer)
  viewer!: Viewer;

  @Field(() => [String], { description: 'Single-use codes for signing in without the app. Shown this once.' })
  recoveryCodes!: string[];
}
