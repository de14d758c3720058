/** Where a partnership is in its life. PROPOSED, ACTIVE and SUSPENDED are "open": one per force and project. */
export const PARTNERSHIP_STATUSES = ['PROPOSED', 'ACTIVE', 'DECLINED', 'SUSPENDED', 'ENDED'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const OPEN_PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = ['PROPOSED', 'ACTIVE', 'SUSPENDED'];

/** The legal basis of the information-sharing agreement. */
export const LEGAL_BASES = ['STATUTORY_CDA_1998_S115', 'COMMON_LAW_PUBLIC_INTEREST', 'CONSENT'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, string>> = {
  STATUTORY_CDA_1998_S115: 'Statutory: Crime and Disorder Act 1998 s.115',
  COMMON_LAW_PUBLIC_INTEREST: 'Common law: public interest',
  CONSENT: 'Consent',
};

/** Which side of a partnership the acting organisation is on. */
export type PartnershipSide = 'FORCE' | 'PROJECT';

export const PARTNERSHIP_ACTIONS = ['accept', 'decline', 'suspend', 'resume', 'end'] as const;
export type PartnershipAction = (typeof PARTNERSHIP_ACTIONS)[number];

interface Rule {
  readonly from: readonly PartnershipStatus[];
  readonly to: PartnershipStatus;
  /** Who may do it; for `resume`, only the side that suspended. */
  readonly by: readonly PartnershipSide[];
  readonly reasonRequired: boolean;
}

/**
 * The partnership's life, one rule per action: the force proposes (not a transition: a new row); the
 * project accepts or declines; either side suspends, or ends with a reason; only the side that suspended
 * resumes, so a suspension cannot be undone by the other side. A force may withdraw its own proposal (end).
 */
export const PARTNERSHIP_RULES: Readonly<Record<PartnershipAction, Rule>> = {
  accept: { from: ['PROPOSED'], to: 'ACTIVE', by: ['PROJECT'], reasonRequired: false },
  decline: { from: ['PROPOSED'], to: 'DECLINED', by: ['PROJECT'], reasonRequired: true },
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED', by: ['FORCE', 'PROJECT'], reasonRequired: true },
  resume: { from: ['SUSPENDED'], to: 'ACTIVE', by: ['FORCE', 'PROJECT'], reasonRequired: false },
  end: { from: ['PROPOSED', 'ACTIVE', 'SUSPENDED'], to: 'ENDED', by: ['FORCE', 'PROJECT'], reasonRequired: true },
};

export interface TransitionRequest {
  readonly status: PartnershipStatus;
  readonly action: PartnershipAction;
  readonly side: PartnershipSide;
  /** The side that suspended it, when it is suspended. */
  readonly suspendedBy?: PartnershipSide | null;
  readonly reason?: string | null;
}

export type TransitionOutcome =
  | { readonly allowed: true; readonly to: PartnershipStatus }
  | { readonly allowed: false; readonly code: 'INVALID_TRANSITION' | 'NOT_YOUR_SIDE' | 'REASON_REQUIRED'; readonly message: string };

const STATUS_WORDS: Readonly<Record<PartnershipStatus, string>> = {
  PROPOSED: 'proposed and waiting for an answer',
  ACTIVE: 'active',
  DECLINED: 'declined',
  SUSPENDED: 'suspended',
  ENDED: 'ended',
};

const ACTION_WORDS: Readonly<Record<PartnershipAction, string>> = {
  accept: 'accepted',
  decline: 'declined',
  suspend: 'suspended',
  resume: 'resumed',
  end: 'ended',
};

/** Whether `side` may take `action` on a partnership in `status`, and if not, what to tell them. */
export function partnershipTransition({ status, action, side, suspendedBy, reason }: TransitionRequest): TransitionOutcome {
  const rule = PARTNERSHIP_RULES[action];
  if (!rule.from.includes(status)) {
    return {
      allowed: false,
      code: 'INVALID_TRANSITION',
      message: `This partnership is ${STATUS_WORDS[status]}, so it cannot be ${ACTION_WORDS[action]}`,
    };
  }
  if (!rule.by.includes(side)) {
    return {
      allowed: false,
      code: 'NOT_YOUR_SIDE',
      message: 'Only the project can accept or decline a proposed partnership',
    };
  }
  if (action === 'end' && status === 'PROPOSED' && side === 'PROJECT') {
    return { allowed: false, code: 'NOT_YOUR_SIDE', message: 'To turn down a proposed partnership, decline it' };
  }
  if (action === 'resume' && suspendedBy !== undefined && suspendedBy !== null && suspendedBy !== side) {
    return {
      allowed: false,
      code: 'NOT_YOUR_SIDE',
      message: `Only the ${suspendedBy === 'FORCE' ? 'force' : 'project'} that suspended this partnership can resume it`,
    };
  }
  if (rule.reasonRequired && (reason ?? '').trim() === '') {
    return { allowed: false, code: 'REASON_REQUIRED', message: `Enter the reason the partnership is being ${ACTION_WORDS[action]}` };
  }
  return { allowed: true, to: rule.to };
}
