import { OPERATION_DETAILS_LIMITS } from '@liaise/shared-domain';

/** Sizes the api accepts: the details' (shared with the web), and those of reasons and the checklist's items. */
export const LIMITS = {
  ...OPERATION_DETAILS_LIMITS,
  reason: 1000,
  checklistTitleMin: 3,
  checklistTitleMax: 120,
  checklistHint: 500,
} as const;
