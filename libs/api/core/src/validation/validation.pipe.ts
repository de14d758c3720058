import { ValidationPipe, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import type { WordedProblem } from '@liaise/shared-domain';
import { DomainError } from '../errors/domain-error.js';

/**
 * class-validator's refusals as every other refusal: `BAD_USER_INPUT`, one problem a message, each naming
 * its property path as the field ("reference", "answers.0.reason"). The messages are Nest's own, nested ones
 * prefixed with their parent path as Nest does ("answers.0.Reason must be…"), joined into the error's message.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor(options: Omit<ValidationPipeOptions, 'exceptionFactory'>) {
    super(options);
    this.exceptionFactory = (errors: ValidationError[] = []) => {
      const budget = { remaining: this.maxErrorMessagesLength, isExceeded: false };
      const problems = this.limitValidationErrors(errors, budget).flatMap((error) => problemsOf(error));
      // Nest's own sentence for a list its length limit cut short (not exported by @nestjs/common).
      if (budget.isExceeded) problems.push({ code: 'BAD_USER_INPUT', message: 'Further validation errors were omitted' });
      return new DomainError('BAD_USER_INPUT', problems.map(({ message }) => message).join('; ') || 'Bad input', problems[0]?.field, undefined, problems);
    };
  }
}

/** In Nest's order: a property's own problems, then those of what it holds. */
function problemsOf(error: ValidationError, parent?: string): WordedProblem[] {
  const field = parent === undefined ? error.property : `${parent}.${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((message): WordedProblem => ({
    code: 'BAD_USER_INPUT',
    field,
    message: parent === undefined ? message : `${parent}.${message}`,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => problemsOf(child, field))];
}
