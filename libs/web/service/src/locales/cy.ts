import type { Translation } from '@liaise/web-ui';
import type { ServiceMessages } from './en.js';

/** Welsh text of the public pages (namespace `service`), as far as it is translated: English shows for the rest. */
export const cy: Translation<ServiceMessages> = {
  start: {
    signIn: 'Mewngofnodi',
  },
  accessibility: {
    title: 'Datganiad hygyrchedd',
    heading: 'Datganiad hygyrchedd ar gyfer Liaise',
    howAccessibleHeading: "Pa mor hygyrch yw'r gwasanaeth hwn",
    enforcementHeading: 'Gweithdrefn orfodi',
    complianceHeading: 'Statws cydymffurfio',
  },
};
