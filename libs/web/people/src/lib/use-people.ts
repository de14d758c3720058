import { useQuery } from '@apollo/client/react';
import type { PeopleQuery } from '@liaise/web-graphql';
import { useSignedInViewer } from '@liaise/web-auth';
import { PEOPLE_QUERY } from './documents.js';

export type PersonRow = PeopleQuery['people'][number];
export type InvitationRow = PeopleQuery['userInvitations'][number];

/** What the signed-in person may do with their organisation's people. */
export function usePeoplePermissions(): { canRead: boolean; canManage: boolean; viewerId: string } {
  const viewer = useSignedInViewer();
  return {
    canRead: viewer.permissions.includes('people:read'),
    canManage: viewer.permissions.includes('people:manage'),
    viewerId: viewer.user.id,
  };
}

/** The organisation's people, its invitations waiting, and the roles it has; asked once a page is shown. */
export function usePeople(skip = false) {
  const { data, loading, error, refetch } = useQuery(PEOPLE_QUERY, { skip, fetchPolicy: 'cache-and-network' });
  return { data, loading, error, refetch };
}

/** After a change on another page, the people page says what was done. */
export interface PeopleNotice {
  readonly peopleNotice: string;
}

export function peopleNoticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('peopleNotice' in state)) return undefined;
  const notice = (state as { peopleNotice: unknown }).peopleNotice;
  return typeof notice === 'string' ? notice : undefined;
}
