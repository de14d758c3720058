/** English text of what the features share (namespace `common`). */
export const en = {
  back: 'Back',
  cancel: 'Cancel',
  /** Read out before a warning. */
  warning: 'Warning',
  operationStates: {
    DRAFT: 'Draft',
    READY: 'Ready',
    PARTNERS_NOTIFIED: 'Partners notified',
    IN_PROGRESS: 'In progress',
    COMPLETED: 'Completed',
    FOLLOW_UP: 'Follow-up',
    CLOSED: 'Closed',
    CANCELLED: 'Cancelled',
  },
  invitationStatuses: {
    PENDING: 'Awaiting answer',
    ACCEPTED: 'Accepted',
    DECLINED: 'Declined',
    WITHDRAWN: 'Withdrawn by the force',
    ACCEPTANCE_WITHDRAWN: 'Acceptance withdrawn',
    EXPIRED: 'Expired',
    CANCELLED: 'Operation cancelled',
  },
  mshtNotCurrent: 'MSHT training not current',
  /** After someone's name, once attendance is recorded. */
  attended: 'attended',
  didNotAttend: 'did not attend',
};

export type CommonMessages = typeof en;
