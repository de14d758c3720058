import { useState, type ReactNode } from 'react';
import { ErrorSummary } from '@liaise/web-ui';
import type { Problem } from './problems.js';

interface Attempt<F extends string> {
  /** Counts failed attempts: each shows the error summary anew, which takes the focus again. */
  readonly failed: number;
  readonly problems: readonly Problem<F>[];
}

export interface FormProblems<F extends string> {
  readonly problems: readonly Problem<F>[];
  /** Shows these problems (a new attempt failed). */
  fail(problems: readonly Problem<F>[]): void;
  /** The message on one field, if it has one. */
  errorFor(field: F): string | undefined;
  /** The error summary for the top of the page, or nothing. */
  summary(title: string, fieldIds: Readonly<Record<F, string>>): ReactNode;
}

/** A form's problems: shown in the error summary (links to the fields) and on each field. */
export function useFormProblems<F extends string>(): FormProblems<F> {
  const [attempt, setAttempt] = useState<Attempt<F>>({ failed: 0, problems: [] });
  return {
    problems: attempt.problems,
    fail: (problems) => setAttempt((previous) => ({ failed: previous.failed + 1, problems })),
    errorFor: (field) => attempt.problems.find((problem) => problem.field === field)?.message,
    summary: (title, fieldIds) =>
      attempt.problems.length === 0 ? null : (
        <ErrorSummary
          key={attempt.failed}
          title={title}
          errors={attempt.problems.map((problem) => ({
            text: problem.message,
            href: problem.field === undefined ? undefined : `#${fieldIds[problem.field]}`,
          }))}
        />
      ),
  };
}
