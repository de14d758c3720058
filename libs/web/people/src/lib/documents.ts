import { graphql } from '@liaise/web-graphql';

export const USER_INVITATION_PREVIEW_QUERY = graphql(`
  query UserInvitationPreview($token: String!) {
    userInvitation(token: $token) {
      email
      organisationName
      role
      expiresAt
    }
  }
`);

export const ACCEPT_USER_INVITATION_MUTATION = graphql(`
  mutation AcceptUserInvitation($input: AcceptUserInvitationInput!) {
    acceptUserInvitation(input: $input) {
      ...ViewerFields
    }
  }
`);

export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const PEOPLE_QUERY = graphql(`
  query People {
    people {
      id
      displayName
      email
      role
      status
      lastSignInAt
    }
    userInvitations {
      id
      email
      role
      invitedAt
      expiresAt
      expired
      invitedByName
    }
    grantableRoles
  }
`);

export const INVITE_USER_MUTATION = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export const REVOKE_USER_INVITATION_MUTATION = graphql(`
  mutation RevokeUserInvitation($id: ID!) {
    revokeUserInvitation(id: $id)
  }
`);

export const CHANGE_ROLE_MUTATION = graphql(`
  mutation ChangeRole($userId: ID!, $role: Role!) {
    changeRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const DISABLE_USER_MUTATION = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      status
    }
  }
`);

export const ENABLE_USER_MUTATION = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      id
      status
    }
  }
`);
