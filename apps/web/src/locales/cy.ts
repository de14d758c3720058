import type { Translation } from '@liaise/web-ui';
import type { AppMessages } from './en.js';

/** Welsh text of the app shell (namespace `app`), as far as it is translated: English shows for the rest. */
export const cy: Translation<AppMessages> = {
  skipLink: "Neidio i'r prif gynnwys",
  serviceNavigation: 'Gwybodaeth am y gwasanaeth',
  navigation: {
    label: 'Dewislen',
    menuButton: 'Dewislen',
    home: 'Hafan',
    signIn: 'Mewngofnodi',
    signOut: 'Allgofnodi',
  },
  demoBanner: {
    title: 'Pwysig',
  },
  footer: {
    linksHeading: 'Dolenni cymorth',
    accessibility: 'Datganiad hygyrchedd',
    version: 'Fersiwn {{version}}',
  },
  notFound: {
    title: 'Tudalen heb ei chanfod',
  },
};
