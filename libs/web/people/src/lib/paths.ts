/** The pages of this library. `:token` and `:userId` are route parameters. */
export const JOIN_PATH = '/join/:token';
export const FORGOT_PASSWORD_PATH = '/forgot-password';
export const RESET_PASSWORD_PATH = '/reset-password/:token';
export const PEOPLE_PATH = '/people';
export const INVITE_PATH = '/people/invite';
export const CHANGE_ROLE_PATH = '/people/:userId/role';
export const DISABLE_PERSON_PATH = '/people/:userId/disable';
export const ENABLE_PERSON_PATH = '/people/:userId/enable';

export const changeRolePath = (userId: string) => `/people/${encodeURIComponent(userId)}/role`;
export const disablePersonPath = (userId: string) => `/people/${encodeURIComponent(userId)}/disable`;
export const enablePersonPath = (userId: string) => `/people/${encodeURIComponent(userId)}/enable`;
