export const SERVICE_NAME = 'Liaise';

/** The kinds of organisation that take part in a partnership. */
export const ORGANISATION_KINDS = ['POLICE_FORCE', 'SEX_WORK_PROJECT', 'MSHT_PROJECT', 'OTHER_AGENCY'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The platform's own organisation holds its administrators, so that every row belongs to an organisation. */
export const PLATFORM_ORGANISATION_KIND = 'PLATFORM';
export const ALL_ORGANISATION_KINDS = [...ORGANISATION_KINDS, PLATFORM_ORGANISATION_KIND] as const;
export type AnyOrganisationKind = (typeof ALL_ORGANISATION_KINDS)[number];
