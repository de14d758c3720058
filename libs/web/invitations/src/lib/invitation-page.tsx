import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { SERVICE_NAME, type InvitationStatus, type OperationState } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { refusalMessages as apiProblems } from '@liaise/web-graphql';
import { useNotificationReceived } from '@liaise/web-notifications';
import { AttendeeName, InvitationStatusTag, OperationStateTag } from '@liaise/web-operations';
import { BackLink, Button, Checkboxes, ErrorSummary, NotificationBanner, RevealRadios, ServiceLink, SummaryList, Textarea, useDocumentTitle } from '@liaise/web-ui';
import { formatDay, formatUkDateTime, WarningText } from '@liaise/web-common';
import { INVITATIONS_NAMESPACE } from './i18n.js';
import { INVITATIONS_PATH, withdrawAcceptancePath } from './paths.js';
import { checkResponse, EMPTY_RESPONSE, RESPOND_IDS, respondFieldOf, type RespondForm } from './respond-form.js';
import { useAcceptInvitation, useDeclineInvitation, useInvitation, useInvitationColleagues } from './use-invitations.js';

/** Operations that have ended: their exact details are shown to no one outside the force any more. */
const ENDED_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP', 'CLOSED'];

interface Problem {
  readonly field?: string;
  readonly message: string;
}

/** What was just done to the invitation, for the success banner. */
export interface InvitationDoneState {
  readonly invitationDone: 'accepted' | 'declined' | 'withdrawn';
}

function doneOf(state: unknown): InvitationDoneState['invitationDone'] | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  return (state as Partial<InvitationDoneState>).invitationDone;
}

/**
 * An invitation to an operation, as the partner sees it: only what it needs to decide (the day, not the
 * time; the general area, not the address), its answer, and, for the people it named and from the
 * disclosure time, the exact details. A notification while the page is open brings the latest.
 */
export function InvitationPage() {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { t: tOperations } = useTranslation('operations');
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const location = useLocation();
  const { invitation, loading, error, refetch } = useInvitation(id);
  const mayRespond = viewer.permissions.includes('invitation:respond');
  const answerable = invitation?.availableActions.includes('ACCEPT') === true || invitation?.availableActions.includes('DECLINE') === true;
  const { colleagues } = useInvitationColleagues(id, !mayRespond || !answerable);
  const [accept, accepting] = useAcceptInvitation();
  const [decline, declining] = useDeclineInvitation();
  const [form, setForm] = useState<RespondForm>(EMPTY_RESPONSE);
  const [attempt, setAttempt] = useState<{ failed: number; problems: readonly Problem[] }>({ failed: 0, problems: [] });
  const [done, setDone] = useState<InvitationDoneState['invitationDone'] | undefined>(undefined);
  const onNotification = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useNotificationReceived(onNotification);

  const operation = invitation?.operation;
  const heading =
    operation === undefined ? t('invitation.titleLoading') : t('invitation.heading', { type: tOperations(`types.${operation.type}`), day: formatDay(operation.plannedDay) });
  useDocumentTitle(attempt.problems.length > 0 ? `${t('errorPrefix')}: ${heading}` : heading, SERVICE_NAME);
  const errorFor = (field: string) => attempt.problems.find((problem) => problem.field === field)?.message;
  const fail = (problems: readonly Problem[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));
  const shownDone = done ?? doneOf(location.state);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accepting.loading || declining.loading || invitation === undefined || invitation === null) return;
    const { problems, response } = checkResponse(form, t);
    if (response === undefined) {
      fail(problems);
      return;
    }
    try {
      if (response.accept) await accept({ variables: { id, version: invitation.version, attendeeUserIds: response.attendeeUserIds } });
      else await decline({ variables: { id, version: invitation.version, reason: response.reason } });
    } catch (caught: unknown) {
      const refused = apiProblems(caught);
      if (refused?.some((problem) => problem.code === 'STALE')) {
        await refetch().catch(() => undefined);
        fail([{ message: t('stale') }]);
        return;
      }
      fail(refused?.map((problem) => ({ field: respondFieldOf(problem.message, problem.field), message: problem.message })) ?? [{ message: t('serviceProblem') }]);
      return;
    }
    setAttempt((previous) => ({ failed: previous.failed, problems: [] }));
    setForm(EMPTY_RESPONSE);
    setDone(response.accept ? 'accepted' : 'declined');
  };

  if (invitation === undefined || invitation === null || operation === undefined) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={INVITATIONS_PATH}>{t('back')}</BackLink>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body" role="status">
            {invitation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        </div>
      </div>
    );
  }

  const disclosure = operation.disclosure;
  const present = (value: string | null | undefined) => value !== null && value !== undefined && value !== '';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={INVITATIONS_PATH}>{t('back')}</BackLink>
        {attempt.problems.length > 0 && (
          <ErrorSummary
            key={attempt.failed}
            title={t('errorSummaryTitle')}
            errors={attempt.problems.map((problem) => ({ text: problem.message, href: problem.field === undefined ? undefined : `#${problem.field}` }))}
          />
        )}
        {shownDone !== undefined && attempt.problems.length === 0 && (
          <NotificationBanner type="success" title={t('successTitle')} heading={t(`invitation.done.${shownDone}`, { force: invitation.forceName })} />
        )}
        <span className="govuk-caption-l">{t('invitation.caption', { force: invitation.forceName })}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body" data-testid="invitation-status">
          <InvitationStatusTag status={invitation.status as InvitationStatus} />
        </p>
        <SummaryList
          rows={[
            {
              key: t('invitation.operationState'),
              value: (
                <span data-testid="operation-state">
                  <OperationStateTag state={operation.state as OperationState} text={t(`invitation.operationStates.${operation.state as OperationState}`)} />
                </span>
              ),
            },
            { key: t('invitation.respondBy'), value: formatUkDateTime(invitation.respondBy) },
            ...(invitation.respondedAt === null || invitation.respondedAt === undefined ? [] : [{ key: t('invitation.respondedAt'), value: formatUkDateTime(invitation.respondedAt) }]),
            ...(present(invitation.reason) ? [{ key: t('invitation.reason'), value: invitation.reason }] : []),
            ...(invitation.attendees.length === 0
              ? []
              : [
                  {
                    key: t('invitation.attendees'),
                    value: (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {invitation.attendees.map((attendee) => (
                          <li key={attendee.userId}>
                            <AttendeeName name={attendee.name} mshtTrainingCurrent={attendee.mshtTrainingCurrent} />
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]),
          ]}
        />

        <h2 className="govuk-heading-m">{t('invitation.detailsHeading')}</h2>
        <SummaryList
          rows={[
            { key: t('invitation.force'), value: invitation.forceName },
            { key: t('invitation.type'), value: tOperations(`types.${operation.type}`) },
            { key: t('invitation.day'), value: formatDay(operation.plannedDay) },
            { key: t('invitation.duration'), value: durationWords(operation.expectedDurationMinutes, tOperations) },
            { key: t('invitation.generalArea'), value: operation.generalArea },
            { key: t('invitation.expectedPeople'), value: String(operation.expectedPeople) },
            { key: t('invitation.expectedLanguages'), value: operation.expectedLanguages.length === 0 ? t('none') : operation.expectedLanguages.join(', ') },
            { key: t('invitation.dependents'), value: operation.dependentsExpected ? t('yes') : t('no') },
            { key: t('invitation.media'), value: tOperations(`mediaDecisions.${operation.mediaDecision}`) },
            ...(present(operation.mediaReason) ? [{ key: t('invitation.mediaReason'), value: operation.mediaReason }] : []),
            { key: t('invitation.safeguardingLeadRole'), value: operation.safeguardingLeadRole },
            { key: t('invitation.proportionality'), value: <span className="liaise-pre-line">{operation.proportionalityStatement}</span> },
          ]}
        />

        <h2 className="govuk-heading-m">{t('invitation.exactHeading')}</h2>
        {disclosure === null || disclosure === undefined ? (
          <p className="govuk-body" data-testid="exact-details">
            {t(`invitation.${withheldReason(operation.state as OperationState, invitation.status as InvitationStatus, invitation.attendees.some((attendee) => attendee.userId === viewer.user.id))}`)}
          </p>
        ) : (
          <div data-testid="exact-details">
            <WarningText>{t('invitation.confidential')}</WarningText>
            <SummaryList
              rows={[
                { key: t('invitation.exactStart'), value: formatUkDateTime(disclosure.plannedStart) },
                {
                  key: t('invitation.exactAddresses'),
                  value: (
                    <>
                      {disclosure.addresses.map((address, index) => (
                        <span key={index} className="govuk-!-display-block">
                          {address}
                        </span>
                      ))}
                    </>
                  ),
                },
                { key: t('invitation.exactBriefingPoint'), value: disclosure.briefingPoint ?? t('none') },
              ]}
            />
          </div>
        )}

        {answerable && !mayRespond && <p className="govuk-body">{t('invitation.mayNotRespond')}</p>}
        {answerable && mayRespond && (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <h2 className="govuk-heading-m">{t('invitation.respondHeading')}</h2>
            <RevealRadios
              id={RESPOND_IDS.choice}
              name="choice"
              legend={t('invitation.question')}
              value={form.choice}
              onChange={(choice) => setForm({ ...form, choice: choice as RespondForm['choice'] })}
              error={errorFor(RESPOND_IDS.choice)}
              errorPrefix={t('errorPrefix')}
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
                        id={RESPOND_IDS.attendees}
                        name="attendees"
                        legend={t('invitation.colleagues')}
                        hint={t('invitation.colleaguesHint')}
                        values={form.attendeeUserIds}
                        onChange={(attendeeUserIds) => setForm({ ...form, attendeeUserIds })}
                        error={errorFor(RESPOND_IDS.attendees)}
                        errorPrefix={t('errorPrefix')}
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
                      hint={t('invitation.declineReasonHint', { force: invitation.forceName })}
                      rows={3}
                      value={form.reason}
                      onChange={(event) => setForm({ ...form, reason: event.target.value })}
                      error={errorFor(RESPOND_IDS.reason)}
                      errorPrefix={t('errorPrefix')}
                    />
                  ),
                },
              ]}
            />
            <Button>{t('invitation.submit')}</Button>
          </form>
        )}
        {mayRespond && invitation.availableActions.includes('WITHDRAW_ACCEPTANCE') && (
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={withdrawAcceptancePath(id)}>
              {t('invitation.withdrawAcceptance')}
            </ServiceLink>
          </p>
        )}
        {mayRespond && invitation.status === 'ACCEPTED' && operation.state === 'IN_PROGRESS' && (
          <p className="govuk-body">{t('invitation.acceptanceStands', { force: invitation.forceName })}</p>
        )}
      </div>
    </div>
  );
}

/** Why the exact details are not shown to the person looking (their text's key). */
function withheldReason(state: OperationState, status: InvitationStatus, named: boolean) {
  if (state === 'CANCELLED') return 'exactCancelled' as const;
  if (ENDED_STATES.includes(state)) return 'exactEnded' as const;
  if (status === 'PENDING') return 'exactNotYet' as const;
  if (status !== 'ACCEPTED') return 'exactNotAttending' as const;
  return named ? ('exactNotYet' as const) : ('exactNotNamed' as const);
}

function durationWords(minutes: number, t: (key: string, options: { count: number }) => string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? t('duration.hours', { count: hours }) : '', rest > 0 || hours === 0 ? t('duration.minutes', { count: rest }) : ''].filter((part) => part !== '').join(' ');
}
