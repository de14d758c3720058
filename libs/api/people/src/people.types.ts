import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoleEnum, type AccountStatus } from '@liaise/api-auth';
import type { Role } from '@liaise/shared-domain';

export const PersonStatusEnum = { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const satisfies { [S in AccountStatus]: S };
registerEnumType(PersonStatusEnum, {
  name: 'PersonStatus',
  description: 'ACTIVE: can sign in. DISABLED: cannot sign in; every session was ended when it was disabled.',
});

@ObjectType({ description: "Someone with an account in the signed-in person's organisation." })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => PersonStatusEnum)
  status!: AccountStatus;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;
}

@ObjectType('UserInvitation', { description: 'An invitation to join the organisation that has not been accepted or withdrawn.' })
export class UserInvitationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Date)
  invitedAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'True once the link no longer works: withdraw it and invite again.' })
  expired!: boolean;

  @Field(() => String, { nullable: true, description: 'The administrator who sent it, while they have an account here.' })
  invitedByName!: string | null;
}

@ObjectType({ description: 'What an invitation link is for, shown before the person accepts it.' })
export class UserInvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Date)
  expiresAt!: Date;
}
