import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, isRefusedWith } from '@liaise/web-graphql';

export const TRAINING_RECORD_FIELDS = graphql(`
  fragment TrainingRecordFields on TrainingRecord {
    id
    userId
    provider
    completedOn
    expiresOn
    note
    status
    version
    course {
      id
      name
      validityMonths
      countsAsMsht
    }
  }
`);

export const MY_TRAINING_QUERY = graphql(`
  query MyTraining {
    myTraining {
      ...TrainingRecordFields
    }
  }
`);

export const TRAINING_COURSES_QUERY = graphql(`
  query TrainingCourses {
    trainingCourses {
      id
      name
      validityMonths
      countsAsMsht
      ownCourse
    }
  }
`);

export const TRAINING_RECORD_QUERY = graphql(`
  query TrainingRecord($id: ID!) {
    trainingRecord(id: $id) {
      ...TrainingRecordFields
    }
  }
`);

export const PEOPLE_TRAINING_QUERY = graphql(`
  query PeopleTraining {
    peopleTraining {
      user {
        id
        displayName
        role
      }
      mshtCurrent
      courses {
        course {
          id
          name
          countsAsMsht
        }
        status
        expiresOn
      }
      records {
        ...TrainingRecordFields
      }
    }
  }
`);

export const ADD_TRAINING_RECORD_MUTATION = graphql(`
  mutation AddTrainingRecord($input: AddTrainingRecordInput!) {
    addTrainingRecord(input: $input) {
      ...TrainingRecordFields
    }
  }
`);

export const UPDATE_TRAINING_RECORD_MUTATION = graphql(`
  mutation UpdateTrainingRecord($input: UpdateTrainingRecordInput!) {
    updateTrainingRecord(input: $input) {
      ...TrainingRecordFields
    }
  }
`);

export const REMOVE_TRAINING_RECORD_MUTATION = graphql(`
  mutation RemoveTrainingRecord($id: ID!) {
    removeTrainingRecord(id: $id)
  }
`);

const refetchQueries = [MY_TRAINING_QUERY, PEOPLE_TRAINING_QUERY];

export function useMyTraining() {
  const { data, loading, error } = useQuery(MY_TRAINING_QUERY, { fetchPolicy: 'cache-and-network' });
  return { records: data?.myTraining, loading, error };
}

export function useTrainingCourses() {
  const { data, loading, error } = useQuery(TRAINING_COURSES_QUERY);
  return { courses: data?.trainingCourses, loading, error };
}

/** One record; null when it does not exist or is not one the signed-in person may change. */
export function useTrainingRecord(id: string | undefined) {
  const { data, loading, error, refetch } = useQuery(TRAINING_RECORD_QUERY, {
    variables: { id: id ?? '' },
    skip: id === undefined,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const notFound = isRefusedWith(error, 'NOT_FOUND');
  return { record: notFound ? null : data?.trainingRecord, loading, error: notFound ? undefined : error, refetch };
}

export function usePeopleTraining(skip = false) {
  const { data, loading, error } = useQuery(PEOPLE_TRAINING_QUERY, { fetchPolicy: 'cache-and-network', skip });
  return { people: data?.peopleTraining, loading, error };
}

export const useAddTrainingRecord = () => useMutation(ADD_TRAINING_RECORD_MUTATION, { refetchQueries });
export const useUpdateTrainingRecord = () => useMutation(UPDATE_TRAINING_RECORD_MUTATION, { refetchQueries });
export const useRemoveTrainingRecord = () => useMutation(REMOVE_TRAINING_RECORD_MUTATION, { refetchQueries });
