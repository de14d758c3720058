/** The pages of this library. */
export const PARTNERSHIPS_PATH = '/partnerships';
export const PROPOSE_PARTNERSHIP_PATH = '/partnerships/propose';
export const PARTNERSHIP_PATH = '/partnerships/:id';
export const RESPOND_TO_PARTNERSHIP_PATH = '/partnerships/:id/respond';
export const CHANGE_PARTNERSHIP_STATUS_PATH = '/partnerships/:id/:change';
export const PARTNERSHIP_AGREEMENT_PATH = '/partnerships/:id/agreement';

/** The status changes with a page of their own (`/partnerships/:id/<change>`). */
export const STATUS_CHANGES = ['suspend', 'resume', 'end'] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

export const partnershipPath = (id: string) => `/partnerships/${encodeURIComponent(id)}`;
export const respondPath = (id: string) => `${partnershipPath(id)}/respond`;
export const statusChangePath = (id: string, change: StatusChange) => `${partnershipPath(id)}/${change}`;
export const agreementPath = (id: string) => `${partnershipPath(id)}/agreement`;
