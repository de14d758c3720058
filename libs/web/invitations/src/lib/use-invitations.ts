import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, type InvitationStatus, isRefusedWith } from '@liaise/web-graphql';

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    status
    respondBy
    reason
    respondedAt
    createdAt
    version
    forceName
    partnerName
    partnerOrganisationId
    availableActions
    operation {
      id
      type
      state
      plannedDay
      expectedDurationMinutes
      generalArea
      expectedPeople
      expectedLanguages
      dependentsExpected
      proportionalityStatement
      mediaDecision
      mediaReason
      safeguardingLeadRole
      disclosure {
        plannedStart
        addresses
        briefingPoint
      }
    }
    attendees {
      userId
      name
      organisationName
      mshtTrainingCurrent
      attended
    }
  }
`);

export const INVITATION_INBOX_QUERY = graphql(`
  query InvitationInbox($statuses: [InvitationStatus!], $first: Int, $after: String) {
    invitations(statuses: $statuses, first: $first, after: $after) {
      items {
        id
        status
        respondBy
        forceName
        createdAt
        operation {
          id
          type
          state
          plannedDay
          generalArea
        }
      }
      nextCursor
      totalCount
    }
  }
`);

export const INVITATION_QUERY = graphql(`
  query InvitationDetail($id: ID!) {
    invitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const INVITATION_COLLEAGUES_QUERY = graphql(`
  query InvitationColleagues($id: ID!) {
    invitationColleagues(id: $id) {
      id
      name
      mshtTrainingCurrent
    }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) {
    acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) {
      ...InvitationFields
    }
  }
`);

export const DECLINE_INVITATION_MUTATION = graphql(`
  mutation DeclineInvitation($id: ID!, $version: Int!, $reason: String!) {
    declineInvitation(id: $id, version: $version, reason: $reason) {
      ...InvitationFields
    }
  }
`);

export const WITHDRAW_ACCEPTANCE_MUTATION = graphql(`
  mutation WithdrawAcceptance($id: ID!, $reason: String!) {
    withdrawAcceptance(id: $id, reason: $reason) {
      ...InvitationFields
    }
  }
`);

/** A page of the invitations to the signed-in person's organisation. */
export function useInvitationInbox(statuses: InvitationStatus[] | null, first: number, after: string | undefined) {
  const { data, loading, error, refetch } = useQuery(INVITATION_INBOX_QUERY, { variables: { statuses, first, after: after ?? null }, fetchPolicy: 'cache-and-network' });
  return { page: data?.invitations, loading, error, refetch };
}

/** One invitation; `invitation` is null when it does not exist or is not to (or from) the organisation. */
export function useInvitation(id: string) {
  const { data, loading, error, refetch } = useQuery(INVITATION_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  const notFound = isRefusedWith(error, 'NOT_FOUND');
  return { invitation: notFound ? null : data?.invitation, loading, error: notFound ? undefined : error, refetch };
}

/** Who of the organisation may be named to attend. */
export function useInvitationColleagues(id: string, skip: boolean) {
  const { data, loading, error } = useQuery(INVITATION_COLLEAGUES_QUERY, { variables: { id }, skip, fetchPolicy: 'cache-and-network' });
  return { colleagues: data?.invitationColleagues, loading, error };
}

export const useAcceptInvitation = () => useMutation(ACCEPT_INVITATION_MUTATION, { refetchQueries: [INVITATION_INBOX_QUERY] });
export const useDeclineInvitation = () => useMutation(DECLINE_INVITATION_MUTATION, { refetchQueries: [INVITATION_INBOX_QUERY] });
export const useWithdrawAcceptance = () => useMutation(WITHDRAW_ACCEPTANCE_MUTATION, { refetchQueries: [INVITATION_INBOX_QUERY] });
