/**
 * What never reaches a log line: credentials, session material and personal contact details, wherever
 * they sit in a logged object (pino's paths: `*` is one level).
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.totp',
  '*.code',
  '*.cookie',
  '*.authorization',
  '*.databaseUrl',
  '*.ownerUrl',
  '*.appUrl',
  '*.variables.*',
  'password',
  'token',
  'secret',
  'variables',
];
