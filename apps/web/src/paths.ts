/** The app's pages (the signed-in person's are @liaise/web-auth's: SIGN_IN_PATH, HOME_PATH, ACCOUNT_PATH…). */
export const START_PATH = '/';
export const ACCESSIBILITY_PATH = '/accessibility';
