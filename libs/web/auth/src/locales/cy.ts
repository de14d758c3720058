import type { AuthMessages } from './en.js';

/**
 * Welsh text of signing in and out (namespace `auth`). Only GOV.UK's own labels are translated yet: the rest
 * is the English text, waiting for a Welsh translator. The type keeps it complete: a key added in en.ts must
 * be added here too.
 */
export const cy: AuthMessages = {
  errorPrefix: 'Gwall',
  errorSummaryTitle: 'Mae problem wedi codi',
  serviceProblem: 'Sorry, there is a problem with the service. Try again later.',
  roles: {
    LIAISON_OFFICER: { name: 'Liaison officer', inSentence: 'liaison officer' },
    OUTREACH_WORKER: { name: 'Outreach worker', inSentence: 'outreach worker' },
    MANAGER: { name: 'Manager', inSentence: 'manager' },
    ORGANISATION_ADMIN: { name: 'Organisation administrator', inSentence: 'organisation administrator' },
    PLATFORM_ADMIN: { name: 'Platform administrator', inSentence: 'platform administrator' },
  },
  signIn: {
    title: 'Mewngofnodi',
    heading: 'Sign in to Liaise',
    email: 'E-mail address',
    password: 'Cyfrinair',
    button: 'Mewngofnodi',
    emailMissing: 'Enter your e-mail address',
    passwordMissing: 'Enter your password',
    helpHeading: 'If you cannot sign in',
    noAccount: "You need an account to use Liaise. Your organisation's administrator sends you an invitation.",
    help: "If you have an account and cannot sign in, ask your organisation's Liaise administrator for help.",
    passwordInput: {
      show: 'Dangos',
      hide: 'Cuddio',
      showLabel: 'Dangos cyfrinair',
      hideLabel: 'Cuddio cyfrinair',
      shownAnnouncement: 'Mae eich cyfrinair yn weladwy',
      hiddenAnnouncement: "Mae eich cyfrinair wedi'i guddio",
    },
  },
  secondFactor: {
    title: 'Enter the code from your authenticator app',
    hint: 'The 6-digit code the app shows for Liaise. If you do not have the app with you, enter one of your recovery codes, like abcde-fghij.',
    button: 'Parhau',
    codeMissing: 'Enter the code from your authenticator app',
    whyHeading: 'Why Liaise asks for a code',
    why: 'Police users, managers and administrators sign in with a code from an authenticator app as well as their password, so that a stolen password is not enough to sign in as them.',
    help: "If you cannot get a code and have no recovery codes left, ask your organisation's Liaise administrator for help.",
  },
  setUp: {
    title: 'Set up an authenticator app',
    loading: 'Getting a secret key for your app…',
    intro: 'Police users, managers and administrators sign in to Liaise with a code from an authenticator app as well as their password. You set the app up once.',
    installHeading: '1. Get an authenticator app',
    install: 'Install an authenticator app on your phone or tablet if you do not have one. Any app that makes 6-digit codes will do.',
    scanHeading: '2. Add Liaise to the app',
    scan: 'In the app, add an account and scan this QR code.',
    qrAlt: 'QR code to scan with your authenticator app',
    cannotScan: 'I cannot scan the QR code',
    secretText: 'Add the account by typing this secret key in the app instead:',
    confirmHeading: '3. Enter a code from the app',
    codeLabel: 'Code from the app',
    codeHint: 'The 6-digit code the app now shows for Liaise.',
    codeMissing: 'Enter the 6-digit code from your authenticator app',
    button: 'Parhau',
  },
  recoveryCodes: {
    title: 'Save your recovery codes',
    intro: 'Your authenticator app is set up. If you lose it, you can sign in with one of these codes instead of a code from the app. Each code works once.',
    warningPrefix: 'Rhybudd',
    warning: 'You will not see these codes again. Write them down, or print this page, and keep them somewhere safe.',
    button: 'Parhau',
  },
  notices: {
    importantTitle: 'Pwysig',
    successTitle: 'Llwyddiant',
    sessionEnded: 'You have been signed out',
    sessionEndedText:
      'For your security, Liaise signs you out after 30 minutes without activity, and 12 hours after you signed in. Sign in again to carry on.',
    tooManyWrongCodes: 'Sign in again',
    tooManyWrongCodesText:
      'You entered a wrong code 3 times. For your security, sign in again with your e-mail address and password, then enter the code your authenticator app shows now.',
    signedOut: 'You have signed out',
    signedOutEverywhere: 'You have signed out of all devices',
    signedOutEverywhereText: 'To use Liaise again on any device, sign in there again.',
  },
  requireSignIn: {
    loading: 'Checking you are signed in…',
  },
  account: {
    title: 'Your account',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    organisation: 'Organisation',
    twoFactor: 'Authenticator app',
    twoFactorOn: 'Set up: you sign in with a code from it as well as your password',
    twoFactorOff: 'Not set up',
    signOutHeading: 'Signing out',
    signOutText: 'Sign out when you have finished using Liaise, especially on a computer other people use.',
    signOut: 'Sign out',
    everywhereText:
      'If you have signed in on another device, for example a shared computer or a phone you have lost, you can sign out of every device at once.',
    everywhereLink: 'Sign out of all devices',
  },
  signOutEverywhere: {
    title: 'Sign out of all devices',
    heading: 'Are you sure you want to sign out of all devices?',
    text: 'This signs you out of Liaise on every computer, phone and tablet where you are signed in, this one included.',
    after: 'You will need to sign in again on each device you want to use Liaise on.',
    confirm: 'Sign out of all devices',
    cancel: 'Canslo',
  },
};
