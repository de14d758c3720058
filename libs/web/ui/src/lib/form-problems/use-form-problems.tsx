import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '@liaise/shared-domain';
import { ErrorSummary } from '../error-summary.js';
import { ERRORS_NAMESPACE } from './errors-namespace.js';
import { problemWords } from './problem-words.js';

interface Attempt<F extends string> {
  /** Counts failed attempts: each shows the error summary anew, which takes the focus again. */
  readonly failed: number;
  readonly problems: readonly Problem<F>[];
  /** The service failed or could not be reached, rather than refusing what was sent. */
  readonly serviceFailed: boolean;
}

export interface FormProblems<F extends string> {
  readonly problems: readonly Problem<F>[];
  /** True once an attempt failed and until one succeeds: the page title starts with "Error: ". */
  readonly failed: boolean;
  /**
   * Shows these problems: a new attempt failed. `undefined` (what `apiProblems` answers for an error
   * that is not a refusal) says the service failed, in general words.
   */
  fail(problems: readonly Problem<F>[] | undefined): void;
  /** Forgets the problems (the form was put right and sent). */
  clear(): void;
  /** The words on one field, if it has a problem: the first, which is enough to put right. */
  errorFor(field: F): string | undefined;
  /** "Error" before a field's words, for screen readers. */
  readonly errorPrefix: string;
  /** The page title, marked as an error while there are problems. */
  title(title: string): string;
  /** The error summary for the top of the page, or nothing; each problem links to its field. */
  summary(fieldIds: Readonly<Record<F, string>>): ReactNode;
}

/** GOV.UK shows one problem a field: the first is enough to put right. */
function onePerField<F extends string>(problems: readonly Problem<F>[]): Problem<F>[] {
  return problems.filter((problem, index) => problem.field === undefined || problems.findIndex((other) => other.field === problem.field) === index);
}

const NO_ATTEMPT = { failed: 0, problems: [], serviceFailed: false } as const;

/**
 * A form's problems, found by its own checks or refused by the api, in words (the `errors` namespace,
 * `form` naming the form's own words): shown in the error summary, linked to each field, and on the field.
 */
export function useFormProblems<F extends string>(form: string): FormProblems<F> {
  const { t } = useTranslation(ERRORS_NAMESPACE);
  const [attempt, setAttempt] = useState<Attempt<F>>(NO_ATTEMPT);
  const words = (problem: Problem<F>) => problemWords(t, form, problem);
  const failed = attempt.serviceFailed || attempt.problems.length > 0;
  return {
    problems: attempt.problems,
    failed,
    fail: (problems) =>
      setAttempt((previous) => ({ failed: previous.failed + 1, problems: onePerField(problems ?? []), serviceFailed: problems === undefined })),
    clear: () => setAttempt((previous) => ({ ...NO_ATTEMPT, failed: previous.failed })),
    errorFor: (field) => {
      const problem = attempt.problems.find((each) => each.field === field);
      return problem === undefined ? undefined : words(problem);
    },
    errorPrefix: t('prefix'),
    title: (title) => (failed ? `${t('prefix')}: ${title}` : title),
    summary: (fieldIds) =>
      failed ? (
        <ErrorSummary
          key={attempt.failed}
          title={t('summaryTitle')}
          errors={
            attempt.serviceFailed
              ? [{ text: t('SERVICE_FAILED') }]
              : attempt.problems.map((problem) => ({
                  text: words(problem),
                  href: problem.field === undefined ? undefined : `#${fieldIds[problem.field]}`,
                }))
          }
        />
      ) : null,
  };
}
