import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkboxes, RevealRadios, Textarea } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from '../i18n.js';
import { RESPOND_IDS, type RespondField, type RespondForm } from '../respond-form.js';
import { AttendeeName } from '@liaise/web-common';

export interface Colleague {
  readonly id: string;
  readonly name: string;
  readonly mshtTrainingCurrent: boolean;
}

export interface RespondSectionProps {
  readonly forceName: string;
  readonly form: RespondForm;
  readonly onChange: (form: RespondForm) => void;
  readonly onSubmit: () => void;
  /** The words of a field's problem, if it has one. */
  readonly errorFor: (field: RespondField) => string | undefined;
  readonly errorPrefix: string;
  /** The partner's people who may be named to attend; undefined while they load. */
  readonly colleagues: readonly Colleague[] | undefined;
}

/** The partner's answer: attend, naming who from its people (flagged without MSHT training), or not, saying why. */
export function RespondSection({ forceName, form, onChange, onSubmit, errorFor, errorPrefix, colleagues }: RespondSectionProps) {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit}>
      <h2 className="govuk-heading-m">{t('invitation.respondHeading')}</h2>
      <RevealRadios
        id={RESPOND_IDS.choice}
        name="choice"
        legend={t('invitation.question')}
        value={form.choice}
        onChange={(choice) => onChange({ ...form, choice: choice as RespondForm['choice'] })}
        error={errorFor('choice')}
        errorPrefix={errorPrefix}
        choices={[
          {
            value: 'accept',
            text: t('invitation.accept'),
            conditional:
              colleagues === undefined ? (
                <p className="govuk-body" role="status">
                  {t('loading')}
                </p>
              ) : colleagues.length === 0 ? (
                <p className="govuk-body">{t('invitation.noColleagues')}</p>
              ) : (
                <Checkboxes
                  id={RESPOND_IDS.attendeeUserIds}
                  name="attendees"
                  legend={t('invitation.colleagues')}
                  hint={t('invitation.colleaguesHint')}
                  values={form.attendeeUserIds}
                  onChange={(attendeeUserIds) => onChange({ ...form, attendeeUserIds })}
                  error={errorFor('attendeeUserIds')}
                  errorPrefix={errorPrefix}
                  choices={colleagues.map((colleague) => ({
                    value: colleague.id,
                    text: <AttendeeName name={colleague.name} mshtTrainingCurrent={colleague.mshtTrainingCurrent} />,
                  }))}
                />
              ),
          },
          {
            value: 'decline',
            text: t('invitation.decline'),
            conditional: (
              <Textarea
                id={RESPOND_IDS.reason}
                name="reason"
                label={t('invitation.declineReason')}
                hint={t('invitation.declineReasonHint', { force: forceName })}
                rows={3}
                value={form.reason}
                onChange={(event) => onChange({ ...form, reason: event.target.value })}
                error={errorFor('reason')}
                errorPrefix={errorPrefix}
              />
            ),
          },
        ]}
      />
      <Button>{t('invitation.submit')}</Button>
    </form>
  );
}
