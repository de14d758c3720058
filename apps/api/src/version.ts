/** Shown in the web's footer and the service info query; set by the release process. */
export const VERSION = process.env['LIAISE_VERSION'] || '0.1.0';
