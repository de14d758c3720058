import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SERVICE_NAME, type Problem } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, Select, ServiceLink, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { AGREEMENT_FIELD_IDS, AgreementFields, checkAgreement, EMPTY_AGREEMENT, type AgreementField, type AgreementForm } from './agreement-fields.js';
import type { PartnershipDoneState } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath, PARTNERSHIPS_PATH } from './paths.js';
import { usePartnerDirectory, useProposePartnership } from './use-partnerships.js';

const PROJECT_FIELD = 'projectOrganisationId';
type Field = AgreementField | typeof PROJECT_FIELD;
const FIELD_IDS: Readonly<Record<Field, string>> = { ...AGREEMENT_FIELD_IDS, [PROJECT_FIELD]: PROJECT_FIELD };

/** A force's administrator proposes a partnership to a project from the directory, with the agreement's details. */
export function ProposePartnershipPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { directory, myKind, loading, error } = usePartnerDirectory();
  const [propose, { loading: proposing }] = useProposePartnership();
  const [project, setProject] = useState('');
  const [agreement, setAgreement] = useState<AgreementForm>(EMPTY_AGREEMENT);
  const problems = useFormProblems<Field>(`${PARTNERSHIPS_NAMESPACE}:propose`, FIELD_IDS);
  const title = t('propose.title');
  useDocumentTitle(problems.title(title), SERVICE_NAME);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (proposing) return;
    const checked = checkAgreement(agreement);
    const found: Problem<Field>[] = [...(project === '' ? [{ field: PROJECT_FIELD, code: 'REQUIRED' } as const] : []), ...checked.problems];
    if (found.length > 0 || checked.agreement === undefined) {
      problems.fail(found);
      return;
    }
    try {
      const { data } = await propose({ variables: { input: { projectOrganisationId: project, ...checked.agreement } } });
      if (data === undefined || data === null) throw new Error('No answer');
      const state: PartnershipDoneState = { partnershipDone: 'proposed', project: data.proposePartnership.project.name };
      await navigate(partnershipPath(data.proposePartnership.id), { state });
    } catch (caught: unknown) {
      // A partnership that exists already is about the project chosen.
      problems.fail(apiProblems(caught)?.map((problem) => (problem.code === 'PARTNERSHIP_EXISTS' ? { ...problem, field: PROJECT_FIELD } : problem)));
    }
  };

  const mayPropose = myKind === 'POLICE_FORCE' && viewer.permissions.includes('partnership:propose');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={PARTNERSHIPS_PATH}>{t('back')}</BackLink>
        {problems.summary()}
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
              error={problems.errorFor(PROJECT_FIELD)}
              errorPrefix={problems.errorPrefix}
              options={directory.map((entry) => ({
                value: entry.id,
                text: [entry.name, t(`kinds.${entry.kind}`), ...(entry.areasServed.length > 0 ? [t('propose.areas', { areas: entry.areasServed.join(', ') })] : [])].join(' – '),
              }))}
            />
            <AgreementFields form={agreement} onChange={setAgreement} errorFor={problems.errorFor} errorPrefix={problems.errorPrefix} />
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
