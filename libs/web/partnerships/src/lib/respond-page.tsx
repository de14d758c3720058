import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME, type Problem } from '@liaise/shared-domain';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, Radios, Textarea, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import type { PartnershipDoneState } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath } from './paths.js';
import { usePartnership, useRespondToPartnership } from './use-partnerships.js';

type Field = 'choice' | 'reason';
const FIELD_IDS: Readonly<Record<Field, string>> = { choice: 'choice', reason: 'reason' };

/** The project's administrator accepts a proposed partnership, or declines it with a reason. */
export function RespondToPartnershipPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { partnership, loading, error } = usePartnership(id);
  const [respond, { loading: responding }] = useRespondToPartnership();
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');
  const problems = useFormProblems<Field>(`${PARTNERSHIPS_NAMESPACE}:respond`, FIELD_IDS);
  const title = t('respond.title');
  useDocumentTitle(problems.title(title), SERVICE_NAME);
  const force = partnership?.force.name ?? '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (responding) return;
    const found: Problem<Field>[] = [];
    if (choice === '') found.push({ field: 'choice', code: 'REQUIRED' });
    if (choice === 'decline' && reason.trim() === '') found.push({ field: 'reason', code: 'REASON_REQUIRED' });
    if (found.length > 0) {
      problems.fail(found);
      return;
    }
    const accept = choice === 'accept';
    try {
      await respond({ variables: { id, accept, reason: accept ? null : reason.trim() } });
    } catch (caught: unknown) {
      problems.fail(apiProblems(caught));
      return;
    }
    const state: PartnershipDoneState = { partnershipDone: accept ? 'accept' : 'decline' };
    await navigate(partnershipPath(id), { state });
  };

  const waiting = partnership?.availableActions.includes('ACCEPT') === true;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={partnershipPath(id)}>{t('back')}</BackLink>
        {problems.summary()}
        <h1 className="govuk-heading-l">{title}</h1>
        {partnership === undefined || partnership === null ? (
          <p className="govuk-body" role="status">
            {partnership === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : !waiting ? (
          <p className="govuk-body">{t('respond.notWaiting')}</p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Radios
              id="choice"
              name="choice"
              legend={t('respond.question', { force })}
              value={choice}
              onChange={setChoice}
              error={problems.errorFor('choice')}
              errorPrefix={problems.errorPrefix}
              options={[
                { value: 'accept', text: t('respond.accept') },
                { value: 'decline', text: t('respond.decline') },
              ]}
            />
            {choice === 'decline' && (
              <Textarea
                id="reason"
                name="reason"
                label={t('respond.reason')}
                hint={t('respond.reasonHint', { force })}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={problems.errorFor('reason')}
                errorPrefix={problems.errorPrefix}
              />
            )}
            <Button>{t('respond.submit')}</Button>
          </form>
        )}
      </div>
    </div>
  );
}
