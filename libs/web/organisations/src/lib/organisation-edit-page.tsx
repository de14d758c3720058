import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, ServiceLink, Textarea, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { ORGANISATIONS_NAMESPACE } from './i18n.js';
import { linesOf } from './lines.js';
import type { OrganisationSavedState } from './organisation-page.js';
import { ORGANISATION_PATH } from './paths.js';
import { useMyOrganisation, useUpdateMyOrganisation } from './use-my-organisation.js';

type Field = 'name' | 'areasServed' | 'contactEmail' | 'contactPhone' | 'languagesOffered';
const FIELD_IDS: Readonly<Record<Field, string>> = {
  name: 'name',
  areasServed: 'areasServed',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  languagesOffered: 'languagesOffered',
};

interface Form {
  readonly name: string;
  readonly areasServed: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly languagesOffered: string;
}

/** The organisation's administrator changes its profile; a save based on an out-of-date page is refused. */
export function OrganisationEditPage() {
  const { t } = useTranslation(ORGANISATIONS_NAMESPACE);
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { organisation, loading, error, refetch } = useMyOrganisation();
  const [update, { loading: saving }] = useUpdateMyOrganisation();
  const [form, setForm] = useState<Form | undefined>(undefined);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const problems = useFormProblems<Field>(`${ORGANISATIONS_NAMESPACE}:edit`, FIELD_IDS);
  const title = t('edit.title');
  useDocumentTitle(problems.title(title), SERVICE_NAME);

  useEffect(() => {
    if (organisation === undefined || version === organisation.version) return;
    // The form starts from what was loaded, and again after a stale save shows someone else's changes.
    setVersion(organisation.version);
    setForm({
      name: organisation.name,
      areasServed: organisation.areasServed.join('\n'),
      contactEmail: organisation.contactEmail ?? '',
      contactPhone: organisation.contactPhone ?? '',
      languagesOffered: organisation.languagesOffered.join('\n'),
    });
  }, [organisation, version]);


  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || form === undefined || version === undefined) return;
    if (form.name.trim() === '') {
      problems.fail([{ field: 'name', code: 'REQUIRED' }]);
      return;
    }
    try {
      await update({
        variables: {
          input: {
            name: form.name.trim(),
            areasServed: linesOf(form.areasServed),
            contactEmail: form.contactEmail.trim() === '' ? null : form.contactEmail.trim(),
            contactPhone: form.contactPhone.trim() === '' ? null : form.contactPhone.trim(),
            languagesOffered: linesOf(form.languagesOffered),
            version,
          },
        },
      });
    } catch (caught: unknown) {
      const refused = apiProblems(caught);
      // Someone else's changes replace the form's, to make these again on top of them.
      if (refused?.some((problem) => problem.code === 'STALE')) await refetch();
      problems.fail(refused);
      return;
    }
    const state: OrganisationSavedState = { organisationSaved: true };
    await navigate(ORGANISATION_PATH, { state });
  };

  const canChange = viewer.permissions.includes('organisation:manage');
  const set = (field: Field) => (event: { target: { value: string } }) => setForm((previous) => (previous === undefined ? previous : { ...previous, [field]: event.target.value }));
  const common = (field: Field) => ({ id: field, name: field, value: form?.[field] ?? '', onChange: set(field), error: problems.errorFor(field), errorPrefix: problems.errorPrefix });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={ORGANISATION_PATH}>{t('edit.back')}</BackLink>
        {problems.summary()}
        <h1 className="govuk-heading-l">{title}</h1>
        {!canChange ? (
          <p className="govuk-body">{t('profile.adminOnly')}</p>
        ) : form === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput label={t('edit.name')} autoComplete="organization" {...common('name')} />
            <Textarea label={t('edit.areasServed')} hint={t('edit.areasServedHint')} rows={4} {...common('areasServed')} />
            <TextInput label={t('edit.contactEmail')} hint={t('edit.contactEmailHint')} type="email" autoComplete="email" spellCheck={false} {...common('contactEmail')} />
            <TextInput label={t('edit.contactPhone')} type="tel" autoComplete="tel" {...common('contactPhone')} />
            <Textarea label={t('edit.languagesOffered')} hint={t('edit.languagesOfferedHint')} rows={4} {...common('languagesOffered')} />
            <ButtonGroup>
              <Button>{t('edit.save')}</Button>
              <ServiceLink className="govuk-link" href={ORGANISATION_PATH}>
                {t('edit.cancel')}
              </ServiceLink>
            </ButtonGroup>
          </form>
        )}
      </div>
    </div>
  );
}
