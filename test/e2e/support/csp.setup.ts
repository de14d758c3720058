import { takeCspViolations } from './browser.js';

// Every journey fails if the browser refused anything under the portal's Content-Security-Policy: an
// inline script or style, or a connection or asset from elsewhere, would be broken for real users.
afterEach(() => {
  const refused = takeCspViolations();
  if (refused.length > 0) throw new Error(`The Content-Security-Policy refused:\n${refused.join('\n')}`);
});
