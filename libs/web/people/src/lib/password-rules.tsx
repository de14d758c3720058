import { useTranslation } from 'react-i18next';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@liaise/shared-domain';
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
export function newPasswordProblem(password: string, personal: readonly string[]): string | undefined {
  const problem = passwordProblem(password, personal);
  return problem === undefined ? undefined : PASSWORD_PROBLEM_MESSAGES[problem];
}
