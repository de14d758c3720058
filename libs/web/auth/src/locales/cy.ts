import type { Translation } from '@liaise/web-ui';
import type { AuthMessages } from './en.js';

/** Welsh text of signing in and out (namespace `auth`), as far as it is translated: English shows for the rest. */
export const cy: Translation<AuthMessages> = {
  signIn: {
    title: 'Mewngofnodi',
    password: 'Cyfrinair',
    button: 'Mewngofnodi',
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
    button: 'Parhau',
  },
  setUp: {
    button: 'Parhau',
  },
  recoveryCodes: {
    warningPrefix: 'Rhybudd',
    button: 'Parhau',
  },
  notices: {
    importantTitle: 'Pwysig',
    successTitle: 'Llwyddiant',
  },
  signOutEverywhere: {
    cancel: 'Canslo',
  },
};
