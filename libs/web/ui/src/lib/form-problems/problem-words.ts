import type { TFunction } from 'i18next';
import type { Problem } from '@liaise/shared-domain';
import { ERRORS_NAMESPACE } from './errors-namespace.js';

/**
 * The words for one problem of a form: the form's words for that code on that field when it has them
 * (`fields.<form>.<field>.<code>`, or `forms.<form>.<code>` for the form as a whole), else the code's
 * generic words, else generic words for a code this web does not know. `params` fill the words' `{{…}}`.
 */
export function problemWords(t: TFunction, form: string, problem: Problem): string {
  const own = problem.field === undefined ? `forms.${form}.${problem.code}` : `fields.${form}.${problem.field}.${problem.code}`;
  return t([own, problem.code, 'UNKNOWN_CODE'], { ns: ERRORS_NAMESPACE, ...problem.params });
}
