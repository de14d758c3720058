/** English text of what the features share (namespace `common`). */
export const en = {
  back: 'Back',
  cancel: 'Cancel',
  /** Read out before a warning. */
  warning: 'Warning',
};

export type CommonMessages = typeof en;
