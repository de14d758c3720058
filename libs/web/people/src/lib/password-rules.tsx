import { useTranslation } from 'react-i18next';
import { passwordProblem, type Problem } from '@liaise/shared-domain';
import { PEOPLE_NAMESPACE } from './i18n.js';

/** The rules of a new password, said before it is typed (the hint of the password field). */
export function PasswordRules() {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  return (
    <>
      <span className="govuk-!-display-block">{t('passwordRules.intro')}</span>
      <ul className="govuk-list govuk-list--bullet govuk-hint govuk-!-margin-bottom-1">
        <li>{t('passwordRules.length')}</li>
        <li>{t('passwordRules.personal')}</li>
        <li>{t('passwordRules.common')}</li>
      </ul>
      <span className="govuk-!-display-block">{t('passwordRules.tip')}</span>
    </>
  );
}

/** What is wrong with a new password, checked here first with the api's own rules (it checks again). */
export function newPasswordProblem<F extends string>(field: F, password: string, personal: readonly string[]): Problem<F> | undefined {
  if (password === '') return { field, code: 'REQUIRED' };
  const reason = passwordProblem(password, personal);
  return reason === undefined ? undefined : { field, code: 'WEAK_PASSWORD', params: { reason } };
}
