/** The pages of this library. */
export const ORGANISATION_PATH = '/organisation';
export const ORGANISATION_EDIT_PATH = '/organisation/edit';
