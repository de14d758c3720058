import type { Brand } from '@liaise/web-ui';

/**
 * The brand this build wears: `generic` unless built with LIAISE_BRAND=govuk (for an instance on GOV.UK,
 * which alone may show the crown and use the GDS Transport font). vite.config.ts sets the same brand for
 * the styles. Outside vite (tests) it is `generic`.
 */
export const BRAND: Brand = typeof __LIAISE_BRAND__ === 'undefined' ? 'generic' : __LIAISE_BRAND__;
