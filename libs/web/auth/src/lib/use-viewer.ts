import type { ApolloClient, ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { createContext, useContext } from 'react';
import { graphql, type ViewerFieldsFragment } from '@liaise/web-graphql';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    user {
      id
      email
      displayName
      role
      organisationId
    }
    organisationName
    permissions
    secondFactorStep
    twoFactorEnabled
  }
`);

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

/**
 * The person with a session, their organisation's name and what their role lets them do. The session may
 * still be waiting for its second factor (`secondFactorStep` not DONE): then it may do nothing else.
 */
export type SignedInViewer = ViewerFieldsFragment;

/** True when the session has done every step of signing in (a second factor where the role needs one). */
export function isFullySignedIn(viewer: SignedInViewer | null | undefined): viewer is SignedInViewer {
  return viewer !== null && viewer !== undefined && viewer.secondFactorStep === 'DONE';
}

export interface ViewerResult {
  /** Undefined while not known (loading, or the api could not be reached); null when no one is signed in. */
  readonly viewer: SignedInViewer | null | undefined;
  readonly loading: boolean;
  readonly error: ErrorLike | undefined;
}

/** Who is signed in, from the api (once; then from the cache, which signing in and out keep right). */
export function useViewer(): ViewerResult {
  const { data, loading, error } = useQuery(VIEWER_QUERY);
  return { viewer: data?.viewer, loading, error };
}

/**
 * After signing in or out: the cache forgets everything it held (one person's data must not outlive their
 * session), records who is signed in now (`null`: no one), and the queries on screen ask the api again.
 * Recorded before the reset too, so the header shows the change at once.
 */
export async function resetSession(
  client: Pick<ApolloClient, 'resetStore' | 'writeQuery'>,
  viewer: SignedInViewer | null,
): Promise<void> {
  client.writeQuery({ query: VIEWER_QUERY, data: { viewer } });
  try {
    await client.resetStore();
  } catch (error: unknown) {
    // A query could not be asked again: one on screen shows its own error, and one whose page has just gone
    // (the page signed out from) is aborted. The session has changed all the same.
    if (!(error instanceof Error && error.name === 'AbortError')) console.error(error);
  }
  client.writeQuery({ query: VIEWER_QUERY, data: { viewer } });
}

/** The signed-in person, for the pages inside `RequireSignIn`. */
export const SignedInViewerContext = createContext<SignedInViewer | null>(null);

/** The signed-in person, in a page inside `RequireSignIn` (which renders its pages only for someone signed in). */
export function useSignedInViewer(): SignedInViewer {
  const viewer = useContext(SignedInViewerContext);
  if (viewer === null) throw new Error('useSignedInViewer is for pages inside RequireSignIn.');
  return viewer;
}
