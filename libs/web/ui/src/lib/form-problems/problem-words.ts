import type { TFunction } from 'i18next';
import type { Problem } from '@liaise/shared-domain';
import { ERRORS_NAMESPACE } from './errors-namespace.js';

/**
 * The words for one problem of a form. `form` is where the form's words are, as `<namespace>:<key>`
 * (`people:invite`). The most particular words found are used:
 * 1. the form's for that code on that field, `<form>.problems.<field>.<code>` (`<form>.problems.<code>` for
 *    the form as a whole);
 * 2. the feature's for that code on that field, `<namespace>:problems.<field>.<code>` (fields several forms
 *    share);
 * 3. for a problem on a field, the form's for that code on any of its fields, `<form>.problems.<code>` (a
 *    form whose fields are made as it is shown, one an item, words them with the item's name in `params`);
 * 4. the feature's for that code, `<namespace>:problems.<code>` (a feature's words for `STALE`, say);
 * 5. the code's generic words (namespace `errors`), else generic words for a code this web does not know.
 * `params` fill the words' `{{…}}`; a `reason` among them picks the words for it where there are some
 * (i18next's context: `WEAK_PASSWORD_TOO_SHORT` before `WEAK_PASSWORD`).
 */
export function problemWords(t: TFunction, form: string, problem: Problem): string {
  const namespace = form.includes(':') ? form.slice(0, form.indexOf(':')) : ERRORS_NAMESPACE;
  const own = problem.field === undefined ? `${form}.problems.${problem.code}` : `${form}.problems.${problem.field}.${problem.code}`;
  const reason = problem.params?.['reason'];
  const feature = problem.field === undefined ? [] : [`${namespace}:problems.${problem.field}.${problem.code}`, `${form}.problems.${problem.code}`];
  const keys = [own, ...feature, `${namespace}:problems.${problem.code}`, `${ERRORS_NAMESPACE}:${problem.code}`, `${ERRORS_NAMESPACE}:UNKNOWN_CODE`];
  return t(keys, { ...problem.params, ...(typeof reason === 'string' ? { context: reason } : {}) });
}
