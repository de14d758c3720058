import { DomainError } from '@liaise/api-core';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@liaise/shared-domain';

/** Refuses a new password that breaks the policy, with the specific reason, on the `password` field. */
export function checkNewPassword(password: string, personal: readonly string[]): void {
  const problem = passwordProblem(password, personal);
  if (problem !== undefined) throw new DomainError('WEAK_PASSWORD', PASSWORD_PROBLEM_MESSAGES[problem], 'password', { reason: problem });
}
