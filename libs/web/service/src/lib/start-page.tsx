import { useTranslation } from 'react-i18next';
import { PRINCIPLES, SERVICE_NAME } from '@liaise/shared-domain';
import { StartButton, useDocumentTitle } from '@liaise/web-ui';
import { SERVICE_NAMESPACE } from './i18n.js';

/** Where the start button leads. */
export const SIGN_IN_PATH = '/sign-in';

const USES = ['notice', 'attend', 'followUp', 'partnership'] as const;
const AUDIENCES = ['police', 'sexWorkProjects', 'mshtProjects', 'managers'] as const;

/**
 * The start page (GOV.UK start page pattern): what Liaise is, who it is for, the way in, and the points of
 * the NCA's note it is built on, each with what Liaise does about it.
 */
export function StartPage() {
  const { t } = useTranslation(SERVICE_NAMESPACE);
  const title = t('start.title');
  useDocumentTitle(title, SERVICE_NAME);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{title}</h1>
        <p className="govuk-body-l">{t('start.lead')}</p>

        <p className="govuk-body">{t('start.useItTo')}</p>
        <ul className="govuk-list govuk-list--bullet">
          {USES.map((use) => (
            <li key={use}>{t(`start.uses.${use}`)}</li>
          ))}
        </ul>

        <h2 className="govuk-heading-m">{t('start.whoHeading')}</h2>
        <p className="govuk-body">{t('start.whoIntro')}</p>
        <ul className="govuk-list govuk-list--bullet">
          {AUDIENCES.map((audience) => (
            <li key={audience}>{t(`start.who.${audience}`)}</li>
          ))}
        </ul>
        <p className="govuk-body">{t('start.account')}</p>

        <StartButton href={SIGN_IN_PATH}>{t('start.signIn')}</StartButton>

        <h2 className="govuk-heading-l">{t('start.principlesHeading')}</h2>
        <p className="govuk-body">{t('start.principlesIntro')}</p>
        {PRINCIPLES.map((principle) => (
          <div key={principle.key} className="govuk-!-margin-bottom-6" data-principle={principle.key}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
              {t(`principles.${principle.key}.title`, { defaultValue: principle.title })}
            </h3>
            <dl className="govuk-summary-list govuk-!-margin-bottom-0">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('start.fromTheNote')}</dt>
                <dd className="govuk-summary-list__value">
                  {t(`principles.${principle.key}.fromTheNote`, { defaultValue: principle.fromTheNote })}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('start.inLiaise')}</dt>
                <dd className="govuk-summary-list__value">
                  {t(`principles.${principle.key}.inLiaise`, { defaultValue: principle.inLiaise })}
                </dd>
              </div>
            </dl>
          </div>
        ))}
        <p className="govuk-body">{t('start.notExhaustive')}</p>
      </div>
    </div>
  );
}
