import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { isFullySignedIn, useViewer } from '@liaise/web-auth';
import { graphql, type NotificationFieldsFragment } from '@liaise/web-graphql';

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    event
    text
    subjectType
    subjectId
    link
    createdAt
    read
    about {
      operationId
      operationReference
      operationType
      generalArea
      forceName
      partnerName
    }
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      items {
        ...NotificationFields
      }
      nextCursor
      unreadCount
    }
  }
`);

export const UNREAD_NOTIFICATION_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      event
      description
      email
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCE_MUTATION = graphql(`
  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {
    setNotificationPreference(event: $event, email: $email) {
      event
      description
      email
    }
  }
`);

export const NOTIFICATION_RECEIVED_SUBSCRIPTION = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      ...NotificationFields
    }
  }
`);

export type NotificationItem = NotificationFieldsFragment;

/** The queries that show notifications: refetched after a notification arrives or is marked read. */
export const NOTIFICATION_QUERIES = ['Notifications', 'UnreadNotificationCount'];

/** Notifications to read a page at a time. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** True when the person on screen may have notifications (fully signed in, with the permission). */
export function useMayHaveNotifications(): boolean {
  const { viewer } = useViewer();
  return isFullySignedIn(viewer) && viewer.permissions.includes('notification:read');
}

/**
 * Calls `callback` with each new notification of the signed-in person, as it is created (over the
 * GraphQL WebSocket). An arrival is a hint, not a guarantee: after the connection drops and comes back, the
 * app asks for every query on screen again. Nothing happens while no one is fully signed in. Components
 * using it share one subscription.
 */
export function useNotificationReceived(callback: (notification: NotificationItem) => void): void {
  const enabled = useMayHaveNotifications();
  const latest = useRef(callback);
  latest.current = callback;
  useSubscription(NOTIFICATION_RECEIVED_SUBSCRIPTION, {
    skip: !enabled,
    ignoreResults: true,
    onData: ({ data }) => {
      const notification = data.data?.notificationReceived;
      if (notification) latest.current(notification);
    },
  });
}

/** The signed-in person's unread count, kept up to date as notifications arrive; undefined while not known. */
export function useUnreadNotificationCount(): number | undefined {
  const enabled = useMayHaveNotifications();
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { skip: !enabled });
  useNotificationReceived(() => {
    void refetch().catch(() => undefined);
  });
  return enabled ? data?.unreadNotificationCount : undefined;
}

/** A page of the signed-in person's notifications, newest first, with "load more"; kept up to date live. */
export function useNotifications() {
  const { data, loading, error, fetchMore, refetch } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.notifications;
  // Everything shown so far, with the new one on top.
  const shown = page?.items.length ?? 0;
  useNotificationReceived(() => {
    void refetch({ first: Math.min(100, Math.max(NOTIFICATIONS_PAGE_SIZE, shown + 1)) }).catch(() => undefined);
  });
  const loadMore = async () => {
    if (!page?.nextCursor) return;
    await fetchMore({
      variables: { after: page.nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          items: [...previous.notifications.items, ...fetchMoreResult.notifications.items.filter((item) => !previous.notifications.items.some((seen) => seen.id === item.id))],
        },
      }),
    });
  };
  return { page, loading, error, loadMore, refetch };
}

export function useMarkNotificationsRead() {
  return useMutation(MARK_NOTIFICATIONS_READ_MUTATION, { refetchQueries: ['UnreadNotificationCount'] });
}

export function useMarkAllNotificationsRead() {
  return useMutation(MARK_ALL_NOTIFICATIONS_READ_MUTATION, { refetchQueries: NOTIFICATION_QUERIES, awaitRefetchQueries: true });
}

export function useNotificationPreferences() {
  const { data, loading, error } = useQuery(NOTIFICATION_PREFERENCES_QUERY, { fetchPolicy: 'network-only' });
  return { preferences: data?.notificationPreferences, loading, error };
}

export function useSetNotificationPreference() {
  return useMutation(SET_NOTIFICATION_PREFERENCE_MUTATION);
}
