/** Set by vite.config.ts from LIAISE_BRAND ('generic' unless LIAISE_BRAND=govuk). */
declare const __LIAISE_BRAND__: 'generic' | 'govuk';
