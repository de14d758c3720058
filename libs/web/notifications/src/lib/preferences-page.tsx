import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { BackLink, Button, ErrorSummary, useDocumentTitle } from '@liaise/web-ui';
import { NOTIFICATIONS_NAMESPACE } from './i18n.js';
import type { NotificationsPageState } from './notifications-page.js';
import { NOTIFICATIONS_PATH } from './paths.js';
import { useNotificationPreferences, useSetNotificationPreference } from './use-notifications.js';

const FIELD_ID = 'email-events';

/**
 * Which events the signed-in person also gets an e-mail about (every notification shows in Liaise whatever
 * they choose): GOV.UK checkboxes, saved together, then back to the notifications with a success banner.
 */
export function NotificationPreferencesPage() {
  const { t } = useTranslation(NOTIFICATIONS_NAMESPACE);
  const navigate = useNavigate();
  const { preferences, loading, error } = useNotificationPreferences();
  const [setPreference] = useSetNotificationPreference();
  const [chosen, setChosen] = useState<ReadonlySet<string> | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(0);
  const title = t('preferences.title');
  useDocumentTitle(failed > 0 ? `${t('errorPrefix')}: ${title}` : title, SERVICE_NAME);

  useEffect(() => {
    if (preferences !== undefined && chosen === undefined) setChosen(new Set(preferences.filter((p) => p.email).map((p) => p.event)));
  }, [preferences, chosen]);

  const toggle = (event: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(event);
      else next.delete(event);
      return next;
    });

  const onSubmit = async (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    if (saving || preferences === undefined || chosen === undefined) return;
    setSaving(true);
    try {
      for (const preference of preferences) {
        const email = chosen.has(preference.event);
        if (email !== preference.email) await setPreference({ variables: { event: preference.event, email } });
      }
    } catch {
      setFailed((count) => count + 1);
      setSaving(false);
      return;
    }
    const state: NotificationsPageState = { notificationsDone: 'preferences-saved' };
    await navigate(NOTIFICATIONS_PATH, { state });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={NOTIFICATIONS_PATH}>{t('preferences.back')}</BackLink>
        {failed > 0 && <ErrorSummary key={failed} title={t('errorSummaryTitle')} errors={[{ text: t('serviceProblem') }]} />}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{t('preferences.intro')}</p>
        <p className="govuk-body">{t('preferences.privacy')}</p>
        {preferences === undefined || chosen === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset" aria-describedby={`${FIELD_ID}-hint`}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                  <h2 className="govuk-fieldset__heading">{t('preferences.legend')}</h2>
                </legend>
                <div id={`${FIELD_ID}-hint`} className="govuk-hint">
                  {t('preferences.hint')}
                </div>
                <div className="govuk-checkboxes" id={FIELD_ID}>
                  {preferences.map((preference, index) => {
                    const id = index === 0 ? `${FIELD_ID}-first` : `${FIELD_ID}-${preference.event.toLowerCase()}`;
                    return (
                      <div className="govuk-checkboxes__item" key={preference.event}>
                        <input
                          className="govuk-checkboxes__input"
                          id={id}
                          name="emailEvents"
                          type="checkbox"
                          value={preference.event}
                          checked={chosen.has(preference.event)}
                          onChange={(event) => toggle(preference.event, event.target.checked)}
                        />
                        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                          {preference.description}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            </div>
            <Button disabled={saving}>{t('preferences.save')}</Button>
          </form>
        )}
      </div>
    </div>
  );
}
