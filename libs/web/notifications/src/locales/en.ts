/** English text of the notifications pages and the header link (namespace `notifications`). */
export const en = {
  errorPrefix: 'Error',
  errorSummaryTitle: 'There is a problem',
  serviceProblem: 'Sorry, there is a problem with the service. Try again later.',
  loading: 'Loading…',
  successTitle: 'Success',
  navigation: {
    link: 'Notifications',
    /** After the count, for screen readers: "Notifications 3 unread". */
    unread: 'unread',
  },
  /** Read out (not shown) when a notification arrives while the page is open. */
  arrived: 'New notification: {{text}}',
  /** A notification about an operation, naming what its reader may see of it (never an address or a time). */
  events: {
    INVITATION_RECEIVED: '{{force}} has invited your organisation to attend {{operation}}. It needs an answer.',
    INVITATION_ACCEPTED: '{{partner}} accepted the invitation to {{operation}}.',
    INVITATION_DECLINED: '{{partner}} declined the invitation to {{operation}}.',
    INVITATION_WITHDRAWN: '{{force}} withdrew its invitation to {{operation}}.',
    ACCEPTANCE_WITHDRAWN: '{{partner}} withdrew its acceptance of the invitation to {{operation}}.',
    INVITATION_EXPIRED: 'The invitation to {{partner}} to attend {{operation}} expired without an answer.',
    OPERATION_CANCELLED: '{{force}} cancelled {{operation}}, which your organisation was invited to.',
    DETAILS_RELEASED: 'Details of {{operation}} that you are attending are now available in Liaise.',
    TRAINING_FLAGGED: 'Someone named to attend {{operation}} has no current MSHT training.',
  },
  /** An operation as a partner may name it: what kind, and where in general. */
  operation: '{{type}} in {{area}}',
  operationTypes: {
    a: { WARRANT: 'a warrant', PREMISES_VISIT: 'a premises visit', WELFARE_VISIT: 'a welfare visit', INTENSIFICATION: 'an intensification activity', unknown: 'an operation' },
    the: { WARRANT: 'the warrant', PREMISES_VISIT: 'the premises visit', WELFARE_VISIT: 'the welfare visit', INTENSIFICATION: 'the intensification activity', unknown: 'the operation' },
  },
  aForce: 'A police force',
  aPartner: 'A partner',
  list: {
    title: 'Notifications',
    intro: 'Things in Liaise that need your attention. Each links to where you can see more.',
    caption: 'Your notifications, newest first',
    unreadTag: 'Unread',
    unreadCount_one: 'You have {{count}} unread notification.',
    unreadCount_other: 'You have {{count}} unread notifications.',
    markAllRead: 'Mark all as read',
    markedAllRead: 'All your notifications are marked as read',
    received: 'Received {{date}} at {{time}}',
    empty: 'You have no notifications.',
    emptyHint: 'When something needs your attention, such as an invitation to an operation or an answer to one, it appears here.',
    loadMore: 'Show older notifications',
    noMore: 'That is all your notifications.',
    preferencesLink: 'Choose which notifications you also get by e-mail',
  },
  preferences: {
    title: 'E-mail notifications',
    intro: 'Every notification appears in Liaise. Choose which ones you also want an e-mail about.',
    privacy: 'E-mails from Liaise never contain details of operations or of the people you support: they say only that something needs your attention, with a link to sign in and see it.',
    legend: 'Send me an e-mail when',
    hint: 'Select all that apply.',
    save: 'Save choices',
    saved: 'Your e-mail choices have been saved',
    back: 'Back',
  },
};

export type NotificationsMessages = typeof en;
