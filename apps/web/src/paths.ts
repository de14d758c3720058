/** The app's pages. */
export const START_PATH = '/';
export const ACCESSIBILITY_PATH = '/accessibility';
