import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { BackLink, Button, ErrorSummary, Radios, Textarea, useDocumentTitle } from '@liaise/web-ui';
import type { PartnershipDoneState } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath } from './paths.js';
import { NO_ATTEMPT, problemsOf, type Attempt, type Problem } from './problems.js';
import { usePartnership, useRespondToPartnership } from './use-partnerships.js';

/** The project's administrator accepts a proposed partnership, or declines it with a reason. */
export function RespondToPartnershipPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { partnership, loading, error } = usePartnership(id);
  const [respond, { loading: responding }] = useRespondToPartnership();
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
  const title = t('respond.title');
  useDocumentTitle(attempt.problems.length > 0 ? `${t('errorPrefix')}: ${title}` : title, SERVICE_NAME);
  const fail = (problems: readonly Problem[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));
  const errorFor = (field: string) => attempt.problems.find((problem) => problem.field === field)?.message;
  const force = partnership?.force.name ?? '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (responding) return;
    const problems: Problem[] = [];
    if (choice === '') problems.push({ field: 'choice', message: t('respond.choiceMissing') });
    if (choice === 'decline' && reason.trim() === '') problems.push({ field: 'reason', message: t('respond.reasonMissing') });
    if (problems.length > 0) {
      fail(problems);
      return;
    }
    const accept = choice === 'accept';
    try {
      await respond({ variables: { id, accept, reason: accept ? null : reason.trim() } });
    } catch (caught: unknown) {
      fail(problemsOf(caught, (message, named) => (named === 'reason' || /reason/i.test(message) ? 'reason' : undefined)) ?? [{ message: t('serviceProblem') }]);
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
        {attempt.problems.length > 0 && (
          <ErrorSummary
            key={attempt.failed}
            title={t('errorSummaryTitle')}
            errors={attempt.problems.map((problem) => ({ text: problem.message, href: problem.field === undefined ? undefined : `#${problem.field}` }))}
          />
        )}
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
              error={errorFor('choice')}
              errorPrefix={t('errorPrefix')}
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
                error={errorFor('reason')}
                errorPrefix={t('errorPrefix')}
              />
            )}
            <Button>{t('respond.submit')}</Button>
          </form>
        )}
      </div>
    </div>
  );
}
