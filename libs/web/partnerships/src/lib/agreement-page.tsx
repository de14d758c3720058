import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, datePartsOf, ServiceLink, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { AGREEMENT_FIELD_IDS, AgreementFields, checkAgreement, type AgreementField, type AgreementForm } from './agreement-fields.js';
import type { PartnershipDoneState } from './done.js';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import { partnershipPath } from './paths.js';
import { usePartnership, useUpdatePartnershipAgreement } from './use-partnerships.js';

/** Either side's administrator changes an open partnership's agreement (a new review date, say). */
export function PartnershipAgreementPage() {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { partnership, loading, error, refetch } = usePartnership(id);
  const [update, { loading: saving }] = useUpdatePartnershipAgreement();
  const [form, setForm] = useState<AgreementForm | undefined>(undefined);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const problems = useFormProblems<AgreementField>(`${PARTNERSHIPS_NAMESPACE}:agreementPage`, AGREEMENT_FIELD_IDS);
  const title = t('agreementPage.title');
  useDocumentTitle(problems.title(title), SERVICE_NAME);

  useEffect(() => {
    if (partnership === undefined || partnership === null || partnership.version === version) return;
    setVersion(partnership.version);
    setForm({
      legalBasis: partnership.legalBasis,
      agreementReference: partnership.agreementReference,
      signedOn: datePartsOf(partnership.signedOn),
      reviewOn: datePartsOf(partnership.reviewOn),
    });
  }, [partnership, version]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || form === undefined || version === undefined) return;
    const checked = checkAgreement(form);
    if (checked.agreement === undefined) {
      problems.fail(checked.problems);
      return;
    }
    try {
      await update({ variables: { input: { id, version, ...checked.agreement } } });
    } catch (caught: unknown) {
      const refused = apiProblems(caught);
      // Someone else's changes replace the form's, to make these again on top of them.
      if (refused?.some((problem) => problem.code === 'STALE')) await refetch();
      problems.fail(refused);
      return;
    }
    const state: PartnershipDoneState = { partnershipDone: 'agreement' };
    await navigate(partnershipPath(id), { state });
  };

  const open = partnership !== undefined && partnership !== null && ['PROPOSED', 'ACTIVE', 'SUSPENDED'].includes(partnership.status);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={partnershipPath(id)}>{t('back')}</BackLink>
        {problems.summary()}
        <h1 className="govuk-heading-l">{title}</h1>
        {partnership === undefined || partnership === null || form === undefined ? (
          <p className="govuk-body" role="status">
            {partnership === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : !open || !viewer.permissions.includes('partnership:manage') ? (
          <p className="govuk-body">{t('change.notAllowed')}</p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <AgreementFields form={form} onChange={setForm} errorFor={problems.errorFor} errorPrefix={problems.errorPrefix} />
            <ButtonGroup>
              <Button>{t('agreementPage.submit')}</Button>
              <ServiceLink className="govuk-link" href={partnershipPath(id)}>
                {t('cancel')}
              </ServiceLink>
            </ButtonGroup>
          </form>
        )}
      </div>
    </div>
  );
}
