/**
 * Which header and footer the service wears. `govuk` (the crown, the GOV.UK logotype and the GDS Transport
 * font) is reserved to services on GOV.UK; every other service built with the GOV.UK Design System uses
 * `generic`: its own name in the generic header, no crown, a system font (see apps/web/src/styles.scss).
 */
export type Brand = 'generic' | 'govuk';
