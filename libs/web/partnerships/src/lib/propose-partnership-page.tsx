import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { BackLink, Button, ButtonGroup, ErrorSummary, Select, ServiceLink, useDocumentTitle } from '@liaise/web-ui';
import { AgreementFields, agreementFieldOf, checkAgreement, EMPTY_AGREEMENT, type AgreementForm } from './agreement-fields.js';
import type { PartnershipDoneState } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath, PARTNERSHIPS_PATH } from './paths.js';
import { NO_ATTEMPT, problemsOf, type Attempt, type Problem } from './problems.js';
import { usePartnerDirectory, useProposePartnership } from './use-partnerships.js';

const PROJECT_FIELD = 'projectOrganisationId';

/** A force's administrator proposes a partnership to a project from the directory, with the agreement's details. */
export function ProposePartnershipPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { directory, myKind, loading, error } = usePartnerDirectory();
  const [propose, { loading: proposing }] = useProposePartnership();
  const [project, setProject] = useState('');
  const [agreement, setAgreement] = useState<AgreementForm>(EMPTY_AGREEMENT);
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
  const title = t('propose.title');
  useDocumentTitle(attempt.problems.length > 0 ? `${t('errorPrefix')}: ${title}` : title, SERVICE_NAME);
  const fail = (problems: readonly Problem[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (proposing) return;
    const checked = checkAgreement(agreement, t);
    const problems: Problem[] = [...(project === '' ? [{ field: PROJECT_FIELD, message: t('propose.projectMissing') }] : []), ...checked.problems];
    if (problems.length > 0 || checked.agreement === undefined) {
      fail(problems);
      return;
    }
    try {
      const { data } = await propose({ variables: { input: { projectOrganisationId: project, ...checked.agreement } } });
      if (data === undefined || data === null) throw new Error('No answer');
      const state: PartnershipDoneState = { partnershipDone: 'proposed', project: data.proposePartnership.project.name };
      await navigate(partnershipPath(data.proposePartnership.id), { state });
    } catch (caught: unknown) {
      fail(
        problemsOf(caught, (message, named) => (named === PROJECT_FIELD || /project|partnership with/i.test(message) ? PROJECT_FIELD : agreementFieldOf(message, named))) ?? [
          { message: t('serviceProblem') },
        ],
      );
    }
  };

  const mayPropose = myKind === 'POLICE_FORCE' && viewer.permissions.includes('partnership:propose');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={PARTNERSHIPS_PATH}>{t('back')}</BackLink>
        {attempt.problems.length > 0 && (
          <ErrorSummary
            key={attempt.failed}
            title={t('errorSummaryTitle')}
            errors={attempt.problems.map((problem) => ({ text: problem.message, href: problem.field === undefined ? undefined : `#${problem.field}` }))}
          />
        )}
        <h1 className="govuk-heading-l">{title}</h1>
        {directory === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : !mayPropose ? (
          <p className="govuk-body">{t('propose.forcesOnly')}</p>
        ) : directory.length === 0 ? (
          <p className="govuk-body">{t('propose.noProjects')}</p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Select
              id={PROJECT_FIELD}
              name={PROJECT_FIELD}
              label={t('propose.project')}
              hint={t('propose.projectHint')}
              placeholder={t('propose.choose')}
              value={project}
              onChange={(event) => setProject(event.target.value)}
              error={attempt.problems.find((problem) => problem.field === PROJECT_FIELD)?.message}
              errorPrefix={t('errorPrefix')}
              options={directory.map((entry) => ({
                value: entry.id,
                text: [entry.name, t(`kinds.${entry.kind}`), ...(entry.areasServed.length > 0 ? [t('propose.areas', { areas: entry.areasServed.join(', ') })] : [])].join(' – '),
              }))}
            />
            <AgreementFields form={agreement} onChange={setAgreement} problems={attempt.problems} />
            <ButtonGroup>
              <Button>{t('propose.submit')}</Button>
              <ServiceLink className="govuk-link" href={PARTNERSHIPS_PATH}>
                {t('cancel')}
              </ServiceLink>
            </ButtonGroup>
          </form>
        )}
      </div>
    </div>
  );
}
