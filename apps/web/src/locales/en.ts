/** English text of the app shell (namespace `app`): the layout and the error pages. */
export const en = {
  skipLink: 'Skip to main content',
  serviceNavigation: 'Service information',
  navigation: {
    label: 'Menu',
    menuButton: 'Menu',
    home: 'Home',
    operations: 'Operations',
    invitations: 'Invitations',
    partnerships: 'Partnerships',
    training: 'Training',
    organisation: 'Organisation',
    people: 'People',
    organisations: 'Organisations',
    audit: 'Audit trail',
    account: 'Your account',
    signIn: 'Sign in',
    signOut: 'Sign out',
  },
  phaseBanner: {
    phase: 'Beta',
    text: 'This is a new service. Your feedback will help us to improve it.',
  },
  demoBanner: {
    title: 'Important',
    heading: 'This is a demonstration of Liaise. Everything in it is made up.',
    text: 'The organisations, people and operations you see here are not real. Do not enter real information.',
  },
  footer: {
    linksHeading: 'Support links',
    accessibility: 'Accessibility statement',
    version: 'Version {{version}}',
  },
  notFound: {
    title: 'Page not found',
    typed: 'If you typed the web address, check it is correct.',
    pasted: 'If you pasted the web address, check you copied the entire address.',
    startPage: 'You can <a>go to the start page</a>.',
  },
  problem: {
    title: 'Sorry, there is a problem with the service',
    tryAgain: 'Try again later.',
    startPage: 'You can <a>go to the start page</a>.',
  },
};

export type AppMessages = typeof en;
