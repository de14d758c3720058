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
   * Shows these problems: a new attempt failed. A problem on a field the form does not have (the api's name
   * for something the form shows otherwise) is about the form as a whole. `undefined` (what `apiProblems`
   * answers for an error that is not a refusal) says the service failed, in general words.
   */
  fail(problems: readonly Problem[] | undefined): void;
  /** Forgets the problems (the form was put right and sent). */
  clear(): void;
  /** The words on one field, if it has a problem: the first, which is enough to put right. */
  errorFor(field: F): string | undefined;
  /** "Error" before a field's words, for screen readers. */
  readonly errorPrefix: string;
  /** The page title, marked as an error while there are problems. */
  title(title: string): string;
  /** The error summary for the top of the page, or nothing; each problem links to its field. */
  summary(): ReactNode;
}

/**
 * The problems to show: each on one of the form's fields, or on none (the form as a whole); one a field, as
 * GOV.UK shows them (the first is enough to put right).
 */
function onTheForm<F extends string>(problems: readonly Problem[], fieldIds: Readonly<Record<F, string>>): Problem<F>[] {
  const isField = (field: string | undefined): field is F => field !== undefined && Object.hasOwn(fieldIds, field);
  const shown = problems.map(({ field, ...problem }): Problem<F> => (isField(field) ? { ...problem, field } : problem));
  return shown.filter((problem, index) => problem.field === undefined || shown.findIndex((other) => other.field === problem.field) === index);
}

const NO_ATTEMPT = { failed: 0, problems: [], serviceFailed: false } as const;

/**
 * A form's problems, found by its own checks or refused by the api, in words: the form's own (`form` says
 * where they are, `<namespace>:<key>`; see `problemWords`), else each code's. Shown in the error summary,
 * linked to each field (`fieldIds`: the id of each field's input), and on the field.
 */
export function useFormProblems<F extends string>(form: string, fieldIds: Readonly<Record<F, string>>): FormProblems<F> {
  const { t } = useTranslation(ERRORS_NAMESPACE);
  const [attempt, setAttempt] = useState<Attempt<F>>(NO_ATTEMPT);
  const words = (problem: Problem<F>) => problemWords(t, form, problem);
  const failed = attempt.serviceFailed || attempt.problems.length > 0;
  return {
    problems: attempt.problems,
    failed,
    fail: (problems) =>
      setAttempt((previous) => ({ failed: previous.failed + 1, problems: onTheForm(problems ?? [], fieldIds), serviceFailed: problems === undefined })),
    clear: () => setAttempt((previous) => ({ ...NO_ATTEMPT, failed: previous.failed })),
    errorFor: (field) => {
      const problem = attempt.problems.find((each) => each.field === field);
      return problem === undefined ? undefined : words(problem);
    },
    errorPrefix: t('prefix'),
    title: (title) => (failed ? `${t('prefix')}: ${title}` : title),
    summary: () =>
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
