import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@liaise/shared-domain';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person does in Liaise; each role grants a fixed set of permissions.',
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

  @Field(() => [String], { description: 'Permission names (see libs/shared/domain).' })
  permissions!: string[];
}
