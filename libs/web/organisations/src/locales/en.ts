/** English text of the organisation's profile pages (namespace `organisations`). */
export const en = {
  platform: {
    problems: {
      kind: { REQUIRED: 'Choose the kind of organisation' },
      name: { REQUIRED: 'Enter the organisation’s name', DUPLICATE_NAME: 'An organisation called {{name}} already exists' },
      email: { REQUIRED: 'Enter the e-mail address of its first administrator' },
    },
  },
  serviceProblem: 'Sorry, there is a problem with the service. Try again later.',
  loading: 'Loading…',
  kinds: {
    POLICE_FORCE: 'Police force',
    SEX_WORK_PROJECT: 'Sex work project',
    MSHT_PROJECT: 'MSHT project',
    OTHER_AGENCY: 'Other agency',
    PLATFORM: 'Liaise platform',
  },
  statuses: { ACTIVE: 'Active', SUSPENDED: 'Suspended' },
  profile: {
    title: 'Your organisation',
    kind: 'Kind of organisation',
    status: 'Status',
    areasServed: 'Areas served',
    contactEmail: 'Contact e-mail address',
    contactPhone: 'Contact phone number',
    languagesOffered: 'Languages offered',
    none: 'None given',
    change: 'Change the details',
    directoryNote:
      'Partner organisations see your name, kind, areas served and languages in the partner directory. Your contact details are shown only to organisations you are in a partnership with.',
    adminOnly: "Only your organisation's administrator can change these details.",
    saved: 'The details have been saved',
    successTitle: 'Success',
    elsewhere: 'Also see your organisation’s <partnerships>partnerships</partnerships> and <training>training</training>.',
  },
  edit: {
    title: 'Change your organisation’s details',
    name: 'Name of the organisation',
    areasServed: 'Areas served',
    areasServedHint: 'Towns, boroughs or districts, one a line',
    contactEmail: 'Contact e-mail address (optional)',
    contactEmailHint: 'A shared inbox, not a person’s own address',
    contactPhone: 'Contact phone number (optional)',
    languagesOffered: 'Languages offered',
    languagesOfferedHint: 'Languages your people can work in, one a line, for example Romanian or ro',
    save: 'Save the details',
    cancel: 'Cancel',
    back: 'Back',
    problems: {
      name: { REQUIRED: 'Enter the name of the organisation' },
      STALE: 'Someone else changed the organisation while you were editing it. The page now shows their changes: make yours again.',
    },
  },
};

export type OrganisationsMessages = typeof en;
