/** The pages of this library. */
export const INVITATIONS_PATH = '/invitations';
export const INVITATION_PATH = '/invitations/:id';
export const WITHDRAW_ACCEPTANCE_PATH = '/invitations/:id/withdraw-acceptance';

export const invitationPath = (id: string) => `/invitations/${encodeURIComponent(id)}`;
export const withdrawAcceptancePath = (id: string) => `${invitationPath(id)}/withdraw-acceptance`;

/** The inbox's tabs: `?show=` in the address; awaiting an answer when not given. */
export const INBOX_TABS = ['pending', 'accepted', 'all'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export function inboxTabOf(params: URLSearchParams): InboxTab {
  const show = params.get('show');
  return (INBOX_TABS as readonly (string | null)[]).includes(show) ? (show as InboxTab) : 'pending';
}

/** The statuses a tab lists (none: all). */
export function statusesOf(tab: InboxTab): ('PENDING' | 'ACCEPTED')[] | null {
  if (tab === 'pending') return ['PENDING'];
  if (tab === 'accepted') return ['ACCEPTED'];
  return null;
}

export const inboxTabPath = (tab: InboxTab) => (tab === 'pending' ? INVITATIONS_PATH : `${INVITATIONS_PATH}?show=${tab}`);
