import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@liaise/web-graphql';

export const MY_ORGANISATION_QUERY = graphql(`
  query MyOrganisation {
    myOrganisation {
      id
      kind
      name
      status
      areasServed
      contactEmail
      contactPhone
      languagesOffered
      version
    }
  }
`);

export const UPDATE_MY_ORGANISATION_MUTATION = graphql(`
  mutation UpdateMyOrganisation($input: UpdateMyOrganisationInput!) {
    updateMyOrganisation(input: $input) {
      id
      kind
      name
      status
      areasServed
      contactEmail
      contactPhone
      languagesOffered
      version
    }
  }
`);

/** The signed-in person's organisation. */
export function useMyOrganisation() {
  const { data, loading, error, refetch } = useQuery(MY_ORGANISATION_QUERY, { fetchPolicy: 'cache-and-network' });
  return { organisation: data?.myOrganisation, loading, error, refetch };
}

export function useUpdateMyOrganisation() {
  return useMutation(UPDATE_MY_ORGANISATION_MUTATION);
}
