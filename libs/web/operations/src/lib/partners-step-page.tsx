import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { Checkboxes, ServiceLink, useFormProblems } from '@liaise/web-ui';
import { DateTimeInput, formatUkDateTime, SubmitOrCancel } from '@liaise/web-common';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { checkPartners, chosenPartnersOf, PARTNERS_ID, partnersFormOf, respondById, withChosenPartners, type PartnersForm } from './partners-form.js';
import { operationPath, stepPath } from './paths.js';
import { StepLayout } from './step-layout.js';
import { useOperationInvitations } from './use-invitations-of-operation.js';
import { useActivePartners, useOperation } from './use-operations.js';

/** States in which partners are chosen: to notify (draft, ready), or to invite more (notified already). */
const CHOOSING_STATES = ['DRAFT', 'READY', 'PARTNERS_NOTIFIED'];
/** An invitation in these states still stands: its partner is not offered again. */
const STANDING = ['PENDING', 'ACCEPTED'];

/** Step 3: the projects to invite, from the force's active partnerships, each with a time to answer by. */
export function PartnersStepPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const notified = operation?.state === 'PARTNERS_NOTIFIED';
  const { partners, loading: partnersLoading, error: partnersError } = useActivePartners();
  const { invitations } = useOperationInvitations(notified ? id : undefined);
  const [form, setForm] = useState<PartnersForm | undefined>(undefined);
  const fromReview = searchParams.get('from') === 'review';
  const search = searchParams.toString() === '' ? '' : `?${searchParams.toString()}`;

  const invitedIds = useMemo(
    () => new Set((invitations ?? []).filter((invitation) => STANDING.includes(invitation.status)).map((invitation) => invitation.partnerOrganisationId)),
    [invitations],
  );
  const offered = useMemo(() => (partners ?? []).filter((partner) => !invitedIds.has(partner.id)), [partners, invitedIds]);
  const ready = operation !== undefined && operation !== null && partners !== undefined && (!notified || invitations !== undefined);

  // Each offered partner's answer-by fields are the form's, made as it is shown.
  const fieldIds = useMemo(
    () =>
      Object.fromEntries([PARTNERS_ID, ...offered.flatMap((partner) => [`${respondById(partner.id)}-day`, `${respondById(partner.id)}-time`])].map((field) => [field, field])),
    [offered],
  );
  const problems = useFormProblems<string>(`${OPERATIONS_NAMESPACE}:partners`, fieldIds);

  useEffect(() => {
    if (!ready || form !== undefined || operation === undefined || operation === null) return;
    setForm(partnersFormOf(offered.map((partner) => partner.id), chosenPartnersOf(searchParams), new Date(), operation.plannedStart));
  }, [ready, form, offered, operation, searchParams]);

  const errorFor = problems.errorFor;
  const names = Object.fromEntries(offered.map((partner) => [partner.id, partner.name]));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form === undefined || operation === undefined || operation === null) return;
    const checked = checkPartners(form, names, operation.plannedStart);
    if (checked.problems.length > 0) {
      problems.fail(checked.problems);
      return;
    }
    const { chosen } = checked;
    const next = withChosenPartners(searchParams, chosen);
    next.delete('from');
    await navigate(stepPath(id, 'review', `?${next.toString()}`));
  };

  const title = notified ? t('steps.inviteMore') : t('steps.partners');
  const backHref = notified ? operationPath(id) : fromReview ? stepPath(id, 'review', search) : stepPath(id, 'checklist', search);
  const layout = { step: 'partners' as const, title, reference: operation?.reference, backHref, form: problems };
  if (operation === undefined || operation === null || !ready || form === undefined) {
    const failed = (error !== undefined && !loading) || (partnersError !== undefined && !partnersLoading);
    return (
      <StepLayout {...layout}>
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : failed ? t('serviceProblem') : t('loading')}
        </p>
      </StepLayout>
    );
  }
  if (!viewer.permissions.includes('operation:manage') || !CHOOSING_STATES.includes(operation.state)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{viewer.permissions.includes('operation:manage') ? t('notEditable') : t('forcesOnly')}</p>
      </StepLayout>
    );
  }
  if (offered.length === 0) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{(partners ?? []).length === 0 ? t('partners.noPartners') : t('partners.allInvited')}</p>
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={operationPath(id)}>
            {t('operation.title', { reference: operation.reference })}
          </ServiceLink>
        </p>
      </StepLayout>
    );
  }

  const dateTimeTexts = t('dateTime', { returnObjects: true }) as { day: string; month: string; year: string; time: string };
  const alreadyInvited = (partners ?? []).filter((partner) => invitedIds.has(partner.id)).map((partner) => partner.name);
  return (
    <StepLayout {...layout}>
      <p className="govuk-body">{t('partners.intro')}</p>
      {alreadyInvited.length > 0 && <p className="govuk-body">{t('partners.alreadyInvited', { names: alreadyInvited.join(', ') })}</p>}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Checkboxes
          id={PARTNERS_ID}
          name="partners"
          legend={t('partners.legend')}
          legendSize="m"
          hint={t('partners.hint')}
          error={errorFor(PARTNERS_ID)}
          errorPrefix={problems.errorPrefix}
          values={Object.keys(form).filter((partnerId) => form[partnerId]?.chosen === true)}
          onChange={(values) => setForm(Object.fromEntries(Object.entries(form).map(([partnerId, choice]) => [partnerId, { ...choice, chosen: values.includes(partnerId) }])))}
          choices={offered.map((partner) => ({
            value: partner.id,
            text: partner.name,
            hint: partner.areasServed.length === 0 ? undefined : partner.areasServed.join(', '),
            conditional: (
              <DateTimeInput
                id={respondById(partner.id)}
                legend={t('partners.respondBy')}
                hint={t('partners.respondByHint', { start: formatUkDateTime(operation.plannedStart) })}
                value={form[partner.id]?.respondBy ?? { date: { day: '', month: '', year: '' }, time: '' }}
                onChange={(respondBy) => setForm({ ...form, [partner.id]: { chosen: true, respondBy } })}
                error={errorFor(`${respondById(partner.id)}-day`) ?? errorFor(`${respondById(partner.id)}-time`)}
                errorPrefix={problems.errorPrefix}
                texts={dateTimeTexts}
              />
            ),
          }))}
        />
        <SubmitOrCancel submit={t('partners.continue')} cancelHref={operationPath(id)} />
      </form>
    </StepLayout>
  );
}
