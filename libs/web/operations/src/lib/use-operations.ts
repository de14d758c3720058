import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, isRefusedWith, type OperationsFilter } from '@liaise/web-graphql';

export const OPERATION_SUMMARY_FIELDS = graphql(`
  fragment OperationSummaryFields on Operation {
    id
    reference
    type
    state
    plannedStart
    expectedDurationMinutes
    generalArea
  }
`);

export const OPERATION_FIELDS = graphql(`
  fragment OperationFields on Operation {
    id
    reference
    type
    state
    plannedStart
    expectedDurationMinutes
    generalArea
    addresses
    briefingPoint
    expectedPeople
    expectedLanguages
    dependentsExpected
    dependentsArrangements
    mediaDecision
    mediaReason
    safeguardingLeadName
    safeguardingLeadRole
    officersAttending
    femaleOfficersAttending
    noFemaleOfficersReason
    interpreterArranged
    proportionalityStatement
    intelligenceReference
    partnershipPlanId
    disclosureAt
    releasedEarlyAt
    releaseReason
    officersAttended
    namedOfficers {
      userId
      name
      mshtTrainingCurrent
      attended
    }
    version
    createdAt
    updatedAt
    availableActions
    checklistComplete
    checklist {
      key
      title
      hint
      answer
      reason
      answeredByName
      answeredAt
    }
    transitions {
      action
      fromState
      toState
      reason
      byName
      at
    }
  }
`);

export const OPERATIONS_QUERY = graphql(`
  query Operations($filter: OperationsFilter, $first: Int, $after: String) {
    operations(filter: $filter, first: $first, after: $after) {
      items {
        ...OperationSummaryFields
      }
      nextCursor
      totalCount
    }
  }
`);

export const OPERATION_QUERY = graphql(`
  query Operation($id: ID!) {
    operation(id: $id) {
      ...OperationFields
    }
  }
`);

export const CHECKLIST_ITEM_DEFINITIONS_QUERY = graphql(`
  query ChecklistItemDefinitions {
    checklistItemDefinitions {
      key
      title
      hint
      builtIn
    }
  }
`);

export const ACTIVE_PARTNERS_QUERY = graphql(`
  query ActivePartners {
    partnerships(status: [ACTIVE]) {
      id
      project {
        id
        name
        kind
        areasServed
      }
    }
  }
`);

export const MY_ORGANISATION_KIND_QUERY = graphql(`
  query MyOrganisationKind {
    myOrganisation {
      id
      kind
    }
  }
`);

export const CREATE_OPERATION_MUTATION = graphql(`
  mutation CreateOperation($input: OperationDetailsInput!) {
    createOperation(input: $input) {
      ...OperationFields
    }
  }
`);

export const UPDATE_OPERATION_MUTATION = graphql(`
  mutation UpdateOperation($id: ID!, $version: Int!, $input: OperationDetailsInput!) {
    updateOperation(id: $id, version: $version, input: $input) {
      ...OperationFields
    }
  }
`);

export const ANSWER_CHECKLIST_MUTATION = graphql(`
  mutation AnswerChecklist($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) {
    answerChecklist(id: $id, version: $version, answers: $answers) {
      ...OperationFields
    }
  }
`);

export const TRANSITION_OPERATION_MUTATION = graphql(`
  mutation TransitionOperation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) {
    transitionOperation(id: $id, version: $version, action: $action, reason: $reason) {
      ...OperationFields
    }
  }
`);

export const RELEASE_DETAILS_EARLY_MUTATION = graphql(`
  mutation ReleaseDetailsEarly($id: ID!, $version: Int!, $reason: String!) {
    releaseDetailsEarly(id: $id, version: $version, reason: $reason) {
      ...OperationFields
    }
  }
`);

export const RECORD_FORCE_ATTENDANCE_MUTATION = graphql(`
  mutation RecordForceAttendance($id: ID!, $version: Int!, $officersAttended: Int!, $attendedOfficerIds: [ID!]) {
    recordForceAttendance(id: $id, version: $version, officersAttended: $officersAttended, attendedOfficerIds: $attendedOfficerIds) {
      ...OperationFields
    }
  }
`);

export const OFFICER_CHOICES_QUERY = graphql(`
  query OfficerChoices {
    officerChoices {
      userId
      name
      mshtTrainingCurrent
    }
  }
`);

export const NAME_OFFICERS_MUTATION = graphql(`
  mutation NameOfficers($id: ID!, $version: Int!, $userIds: [ID!]!) {
    nameOfficers(id: $id, version: $version, userIds: $userIds) {
      ...OperationFields
    }
  }
`);

export const ADD_CHECKLIST_ITEM_MUTATION = graphql(`
  mutation AddChecklistItemDefinition($title: String!, $hint: String!) {
    addChecklistItemDefinition(title: $title, hint: $hint) {
      key
      title
      hint
      builtIn
    }
  }
`);

export const RETIRE_CHECKLIST_ITEM_MUTATION = graphql(`
  mutation RetireChecklistItemDefinition($key: String!) {
    retireChecklistItemDefinition(key: $key) {
      key
      title
      hint
      builtIn
    }
  }
`);

/** A page of the force's operations. */
export function useOperations(variables: { filter: OperationsFilter; first: number; after?: string | null }) {
  const { data, loading, error } = useQuery(OPERATIONS_QUERY, { variables, fetchPolicy: 'cache-and-network' });
  return { page: data?.operations, loading, error };
}

/** One of the force's operations; `operation` is null when it does not exist or is another force's. */
export function useOperation(id: string | undefined) {
  const { data, loading, error, refetch } = useQuery(OPERATION_QUERY, {
    variables: { id: id ?? '' },
    skip: id === undefined,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const notFound = isRefusedWith(error, 'NOT_FOUND');
  return { operation: notFound ? null : data?.operation, loading, error: notFound ? undefined : error, refetch };
}

export function useChecklistItemDefinitions() {
  const { data, loading, error } = useQuery(CHECKLIST_ITEM_DEFINITIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  return { definitions: data?.checklistItemDefinitions, loading, error };
}

/** The force's active people who may be named to attend, with their MSHT training standing. */
export function useOfficerChoices() {
  const { data, loading, error } = useQuery(OFFICER_CHOICES_QUERY, { fetchPolicy: 'cache-and-network' });
  return { choices: data?.officerChoices, loading, error };
}

/** The projects the force has an active partnership with: who it may invite. */
export function useActivePartners() {
  const { data, loading, error } = useQuery(ACTIVE_PARTNERS_QUERY, { fetchPolicy: 'cache-and-network' });
  return { partners: data?.partnerships.map((partnership) => partnership.project), loading, error };
}

/** The signed-in person's organisation's kind (a police force, a project…), for the navigation. */
export function useOrganisationKind(skip: boolean): string | undefined {
  const { data } = useQuery(MY_ORGANISATION_KIND_QUERY, { skip });
  return data?.myOrganisation.kind;
}

export const useCreateOperation = () => useMutation(CREATE_OPERATION_MUTATION, { refetchQueries: [OPERATIONS_QUERY] });
export const useUpdateOperation = () => useMutation(UPDATE_OPERATION_MUTATION);
export const useAnswerChecklist = () => useMutation(ANSWER_CHECKLIST_MUTATION);
export const useTransitionOperation = () => useMutation(TRANSITION_OPERATION_MUTATION);
export const useReleaseDetailsEarly = () => useMutation(RELEASE_DETAILS_EARLY_MUTATION);
export const useRecordForceAttendance = () => useMutation(RECORD_FORCE_ATTENDANCE_MUTATION);
export const useNameOfficers = () => useMutation(NAME_OFFICERS_MUTATION);
export const useAddChecklistItem = () => useMutation(ADD_CHECKLIST_ITEM_MUTATION, { refetchQueries: [CHECKLIST_ITEM_DEFINITIONS_QUERY] });
export const useRetireChecklistItem = () => useMutation(RETIRE_CHECKLIST_ITEM_MUTATION, { refetchQueries: [CHECKLIST_ITEM_DEFINITIONS_QUERY] });
