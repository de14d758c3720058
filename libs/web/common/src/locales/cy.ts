import type { Translation } from '@liaise/web-ui';
import type { CommonMessages } from './en.js';

/** Welsh text of what the features share, as far as it is translated: English shows for the rest. */
export const cy: Translation<CommonMessages> = { back: 'Yn ôl', cancel: 'Canslo', warning: 'Rhybudd' };
