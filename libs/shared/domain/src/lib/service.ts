export const SERVICE_NAME = 'Liaise';

/** The kinds of organisation that take part in a partnership. */
export const ORGANISATION_KINDS = ['POLICE_FORCE', 'SEX_WORK_PROJECT', 'MSHT_PROJECT', 'OTHER_AGENCY'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
