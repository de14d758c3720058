import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@liaise/web-graphql';

export const OPERATION_INVITATIONS_QUERY = graphql(`
  query InvitationsOfOperation($id: ID!) {
    operation(id: $id) {
      id
      invitations {
        id
        status
        respondBy
        reason
        respondedAt
        createdAt
        version
        partnerName
        partnerOrganisationId
        availableActions
        attendees {
          userId
          name
          organisationName
          mshtTrainingCurrent
          attended
        }
      }
    }
  }
`);

export const NOTIFY_PARTNERS_MUTATION = graphql(`
  mutation NotifyPartners($id: ID!, $version: Int!, $invitations: [InvitePartnerInput!]!) {
    notifyPartners(id: $id, version: $version, invitations: $invitations) {
      ...OperationFields
    }
  }
`);

export const INVITE_PARTNER_MUTATION = graphql(`
  mutation InvitePartner($id: ID!, $invitation: InvitePartnerInput!) {
    invitePartner(id: $id, invitation: $invitation) {
      id
      status
    }
  }
`);

export const WITHDRAW_INVITATION_MUTATION = graphql(`
  mutation WithdrawInvitation($id: ID!, $reason: String!) {
    withdrawInvitation(id: $id, reason: $reason) {
      id
      status
      reason
      availableActions
    }
  }
`);

export const RECORD_ATTENDANCE_MUTATION = graphql(`
  mutation RecordAttendance($id: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(id: $id, attendance: $attendance) {
      id
      version
    }
  }
`);

/** The invitations an operation sent, with their answers and attendees. */
export function useOperationInvitations(id: string | undefined) {
  const { data, loading, error, refetch } = useQuery(OPERATION_INVITATIONS_QUERY, {
    variables: { id: id ?? '' },
    skip: id === undefined,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  return { invitations: data?.operation.invitations, loading, error, refetch };
}

export const useNotifyPartners = () => useMutation(NOTIFY_PARTNERS_MUTATION, { refetchQueries: [OPERATION_INVITATIONS_QUERY] });
export const useInvitePartner = () => useMutation(INVITE_PARTNER_MUTATION, { refetchQueries: [OPERATION_INVITATIONS_QUERY] });
export const useWithdrawInvitation = () => useMutation(WITHDRAW_INVITATION_MUTATION, { refetchQueries: [OPERATION_INVITATIONS_QUERY] });
export const useRecordAttendance = () => useMutation(RECORD_ATTENDANCE_MUTATION, { refetchQueries: [OPERATION_INVITATIONS_QUERY] });
