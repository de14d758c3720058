import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { apiProblems } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, ServiceLink, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { DISABLE_USER_MUTATION, ENABLE_USER_MUTATION } from './documents.js';
import { PEOPLE_NAMESPACE } from './i18n.js';
import { NotFound } from './not-found.js';
import { PEOPLE_PATH } from './paths.js';
import { usePeople, usePeoplePermissions, type PeopleNotice } from './use-people.js';

export interface PersonStatusPageProps {
  /** `disable`: stop the person signing in (and end their sessions); `enable`: let them again. */
  readonly action: 'disable' | 'enable';
}

/** The confirmation step before disabling or enabling someone's account (never one's own). */
export function PersonStatusPage({ action }: PersonStatusPageProps) {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  const { userId = '' } = useParams();
  const { canManage, viewerId } = usePeoplePermissions();
  const navigate = useNavigate();
  const { data, error } = usePeople(!canManage);
  const [disable, disabling] = useMutation(DISABLE_USER_MUTATION);
  const [enable, enabling] = useMutation(ENABLE_USER_MUTATION);
  const form = useFormProblems<never>(`${PEOPLE_NAMESPACE}:status`, {});
  const person = data?.people.find((candidate) => candidate.id === userId && candidate.id !== viewerId);
  const found = canManage && (data === undefined || person !== undefined);
  const title = found ? t(`status.${action}Title`) : t('notFound.title');
  useDocumentTitle(form.title(title), SERVICE_NAME);

  if (!found) return <NotFound />;
  if (person === undefined) {
    if (error !== undefined) throw error;
    return (
      <p className="govuk-body" role="status">
        {t('people.loading')}
      </p>
    );
  }

  const confirm = async () => {
    if (disabling.loading || enabling.loading) return;
    try {
      if (action === 'disable') await disable({ variables: { userId: person.id } });
      else await enable({ variables: { userId: person.id } });
      const notice: PeopleNotice = { peopleNotice: t(action === 'disable' ? 'status.disabled' : 'status.enabled', { name: person.displayName }) };
      await navigate(PEOPLE_PATH, { state: notice });
    } catch (statusError: unknown) {
      form.fail(apiProblems(statusError));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={PEOPLE_PATH}>{t('people.title')}</BackLink>
        {form.summary()}
        <h1 className="govuk-heading-l">{t(`status.${action}Heading`, { name: person.displayName })}</h1>
        <p className="govuk-body">{t(`status.${action}Text`)}</p>
        <ButtonGroup>
          <Button type="button" variant={action === 'disable' ? 'warning' : 'primary'} onClick={() => void confirm()}>
            {t(`status.${action}Button`)}
          </Button>
          <ServiceLink className="govuk-link" href={PEOPLE_PATH}>
            {t('status.cancel')}
          </ServiceLink>
        </ButtonGroup>
      </div>
    </div>
  );
}
