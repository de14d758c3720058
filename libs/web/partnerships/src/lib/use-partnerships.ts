import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, isRefusedWith } from '@liaise/web-graphql';

export const PARTNERSHIP_FIELDS = graphql(`
  fragment PartnershipFields on Partnership {
    id
    status
    mySide
    availableActions
    legalBasis
    agreementReference
    signedOn
    reviewOn
    statusReason
    statusChangedBy
    statusChangedAt
    proposedAt
    version
    force {
      id
      kind
      name
      status
      areasServed
      contactEmail
      contactPhone
    }
    project {
      id
      kind
      name
      status
      areasServed
      contactEmail
      contactPhone
    }
  }
`);

export const PARTNERSHIPS_QUERY = graphql(`
  query Partnerships {
    partnerships {
      ...PartnershipFields
    }
    myOrganisation {
      id
      kind
    }
  }
`);

export const PARTNERSHIP_QUERY = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      ...PartnershipFields
    }
  }
`);

export const PARTNER_DIRECTORY_QUERY = graphql(`
  query PartnerDirectory {
    organisations {
      id
      kind
      name
      areasServed
    }
    myOrganisation {
      id
      kind
    }
  }
`);

export const PROPOSE_PARTNERSHIP_MUTATION = graphql(`
  mutation ProposePartnership($input: ProposePartnershipInput!) {
    proposePartnership(input: $input) {
      ...PartnershipFields
    }
  }
`);

export const RESPOND_TO_PARTNERSHIP_MUTATION = graphql(`
  mutation RespondToPartnership($id: ID!, $accept: Boolean!, $reason: String) {
    respondToPartnership(id: $id, accept: $accept, reason: $reason) {
      ...PartnershipFields
    }
  }
`);

export const SUSPEND_PARTNERSHIP_MUTATION = graphql(`
  mutation SuspendPartnership($id: ID!, $reason: String!) {
    suspendPartnership(id: $id, reason: $reason) {
      ...PartnershipFields
    }
  }
`);

export const RESUME_PARTNERSHIP_MUTATION = graphql(`
  mutation ResumePartnership($id: ID!) {
    resumePartnership(id: $id) {
      ...PartnershipFields
    }
  }
`);

export const END_PARTNERSHIP_MUTATION = graphql(`
  mutation EndPartnership($id: ID!, $reason: String!) {
    endPartnership(id: $id, reason: $reason) {
      ...PartnershipFields
    }
  }
`);

export const UPDATE_PARTNERSHIP_AGREEMENT_MUTATION = graphql(`
  mutation UpdatePartnershipAgreement($input: UpdatePartnershipAgreementInput!) {
    updatePartnershipAgreement(input: $input) {
      ...PartnershipFields
    }
  }
`);

/** The organisation's partnerships, and which kind of organisation it is (forces propose). */
export function usePartnerships() {
  const { data, loading, error } = useQuery(PARTNERSHIPS_QUERY, { fetchPolicy: 'cache-and-network' });
  return { partnerships: data?.partnerships, myKind: data?.myOrganisation.kind, loading, error };
}

/** One partnership; `partnership` is null when it does not exist or is not the organisation's. */
export function usePartnership(id: string) {
  const { data, loading, error, refetch } = useQuery(PARTNERSHIP_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  const notFound = isRefusedWith(error, 'NOT_FOUND');
  return { partnership: notFound ? null : data?.partnership, loading, error: notFound ? undefined : error, refetch };
}

export function usePartnerDirectory() {
  const { data, loading, error } = useQuery(PARTNER_DIRECTORY_QUERY, { fetchPolicy: 'cache-and-network' });
  return { directory: data?.organisations, myKind: data?.myOrganisation.kind, loading, error };
}

export const useProposePartnership = () => useMutation(PROPOSE_PARTNERSHIP_MUTATION, { refetchQueries: [PARTNERSHIPS_QUERY] });
export const useRespondToPartnership = () => useMutation(RESPOND_TO_PARTNERSHIP_MUTATION, { refetchQueries: [PARTNERSHIPS_QUERY] });
export const useSuspendPartnership = () => useMutation(SUSPEND_PARTNERSHIP_MUTATION, { refetchQueries: [PARTNERSHIPS_QUERY] });
export const useResumePartnership = () => useMutation(RESUME_PARTNERSHIP_MUTATION, { refetchQueries: [PARTNERSHIPS_QUERY] });
export const useEndPartnership = () => useMutation(END_PARTNERSHIP_MUTATION, { refetchQueries: [PARTNERSHIPS_QUERY] });
export const useUpdatePartnershipAgreement = () => useMutation(UPDATE_PARTNERSHIP_AGREEMENT_MUTATION);
