import type { AppMessages } from './en.js';

/**
 * Welsh text of the app shell (namespace `app`). The labels GOV.UK Frontend has Welsh for are translated;
 * the rest is the English text, waiting for a Welsh translator. The type keeps it complete.
 */
export const cy: AppMessages = {
  skipLink: "Neidio i'r prif gynnwys",
  serviceNavigation: 'Gwybodaeth am y gwasanaeth',
  navigation: {
    label: 'Dewislen',
    menuButton: 'Dewislen',
    home: 'Hafan',
    operations: 'Operations',
    invitations: 'Invitations',
    partnerships: 'Partnerships',
    training: 'Training',
    organisation: 'Organisation',
    people: 'People',
    organisations: 'Organisations',
    audit: 'Audit trail',
    account: 'Your account',
    signIn: 'Mewngofnodi',
    signOut: 'Allgofnodi',
  },
  phaseBanner: {
    phase: 'Beta',
    text: 'This is a new service. Your feedback will help us to improve it.',
  },
  demoBanner: {
    title: 'Pwysig',
    heading: 'This is a demonstration of Liaise. Everything in it is made up.',
    text: 'The organisations, people and operations you see here are not real. Do not enter real information.',
  },
  footer: {
    linksHeading: 'Dolenni cymorth',
    accessibility: 'Datganiad hygyrchedd',
    version: 'Fersiwn {{version}}',
  },
  notFound: {
    title: 'Tudalen heb ei chanfod',
    typed: 'If you typed the web address, check it is correct.',
    pasted: 'If you pasted the web address, check you copied the entire address.',
    startPage: 'You can <a>go to the start page</a>.',
  },
  problem: {
    title: 'Sorry, there is a problem with the service',
    tryAgain: 'Try again later.',
    startPage: 'You can <a>go to the start page</a>.',
  },
  home: {
    title: 'Home',
    signedInAs: 'Signed in as {{name}}, {{role}}, {{organisation}}.',
    loading: 'Loading what needs you…',
    account: 'You can see and change <a>your account</a>.',
    administration: 'What you look after',
    administer: {
      people: { link: 'Manage your organisation’s people', hint: 'Invite people to join your organisation, change their roles, and disable accounts.' },
      training: { link: 'Record your people’s training', hint: 'Their MSHT and other training, and whose has expired.' },
      organisation: { link: 'Change your organisation’s details', hint: 'Your organisation’s details as partners see them.' },
      partnerships: { link: 'Manage partnerships', hint: 'Propose, answer, suspend and end partnerships, and keep their agreements.' },
      checklist: { link: 'Change the readiness checklist items', hint: 'The items your force asks on every operation’s readiness checklist, as well as the built-in ones.' },
      audit: { link: 'Read the audit trail', hint: 'Every sign-in, change and read of a sensitive record in your organisation.' },
      organisations: { link: 'Set up organisations', hint: 'Set up the organisations that use Liaise, and invite their first administrators.' },
    },
  },
};
