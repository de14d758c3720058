/** NCSC and NIST SP 800-63B: length, no composition rules, and a check against known and guessable words. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Passwords seen in breaches or guessable from the service itself. Short on purpose: the length rule
 * already removes most of the top breached passwords; these are the 12+ character ones that remain.
 */
const BREACHED_OR_CONTEXT = [
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  '1234567890123',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'abcdefghijkl',
  'liaise',
  'police',
  'constabulary',
  'outreach',
  'partnership',
  'trafficking',
  'safeguarding',
];

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'CONTAINS_PERSONAL_DETAIL';

/** The first problem with a new password, or undefined when it is acceptable. */
export function passwordProblem(password: string, personal: readonly string[] = []): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  if (/^(.)\1+$/.test(lower)) return 'TOO_COMMON';
  if (BREACHED_OR_CONTEXT.some((word) => squashed === word || (word.length < 12 && squashed.replace(/\d+$/, '') === word))) {
    return 'TOO_COMMON';
  }
  const details = personal
    .flatMap((detail) => detail.toLowerCase().split(/[^a-z0-9]+/))
    .filter((part) => part.length >= 4);
  if (details.some((part) => lower.includes(part))) return 'CONTAINS_PERSONAL_DETAIL';
  return undefined;
}

export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  TOO_SHORT: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  TOO_LONG: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  TOO_COMMON: 'Password is too easy to guess: choose a phrase of several unrelated words',
  CONTAINS_PERSONAL_DETAIL: 'Password must not contain your name, e-mail address or organisation',
};
