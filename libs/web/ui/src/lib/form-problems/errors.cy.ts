/** Welsh words for problems, as they are translated; English comes from i18next's fallback. */
export const errorsCy = {};
