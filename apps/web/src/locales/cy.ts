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
};
