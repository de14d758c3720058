import type { Translation } from '@liaise/web-ui';
import type { PeopleMessages } from './en.js';

/** Welsh text of joining, forgotten passwords and an organisation's people (namespace `people`), as far as it is translated: English shows for the rest. */
export const cy: Translation<PeopleMessages> = {
  passwordInput: {
    show: 'Dangos',
    hide: 'Cuddio',
    showLabel: 'Dangos cyfrinair',
    hideLabel: 'Cuddio cyfrinair',
    shownAnnouncement: 'Mae eich cyfrinair yn weladwy',
    hiddenAnnouncement: "Mae eich cyfrinair wedi'i guddio",
  },
  people: {
    successTitle: 'Llwyddiant',
  },
};
