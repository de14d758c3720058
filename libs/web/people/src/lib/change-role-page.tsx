import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { AUTH_NAMESPACE, roleName } from '@liaise/web-auth';
import { apiProblems, type Role } from '@liaise/web-graphql';
import { BackLink, Button, ButtonGroup, Radios, ServiceLink, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { CHANGE_ROLE_MUTATION } from './documents.js';
import { PEOPLE_NAMESPACE } from './i18n.js';
import { NotFound } from './not-found.js';
import { PEOPLE_PATH } from './paths.js';
import { usePeople, usePeoplePermissions, type PeopleNotice } from './use-people.js';

const FIELD_IDS = { role: 'role' } as const;

/** Another role for someone of the organisation (never oneself: another administrator does that). */
export function ChangeRolePage() {
  const { t } = useTranslation(PEOPLE_NAMESPACE);
  const { t: authT } = useTranslation(AUTH_NAMESPACE);
  const { userId = '' } = useParams();
  const { canManage, viewerId } = usePeoplePermissions();
  const navigate = useNavigate();
  const { data, error } = usePeople(!canManage);
  const [changeRole, { loading }] = useMutation(CHANGE_ROLE_MUTATION);
  const person = data?.people.find((candidate) => candidate.id === userId && candidate.id !== viewerId);
  const [chosen, setChosen] = useState<string>();
  const form = useFormProblems<'role'>(`${PEOPLE_NAMESPACE}:changeRole`, FIELD_IDS);
  const found = canManage && (data === undefined || person !== undefined);
  const title = found ? t('changeRole.title') : t('notFound.title');
  useDocumentTitle(form.title(title), SERVICE_NAME);

  if (!found) return <NotFound />;
  if (data === undefined || person === undefined) {
    if (error !== undefined) throw error;
    return (
      <p className="govuk-body" role="status">
        {t('people.loading')}
      </p>
    );
  }
  const role = chosen ?? person.role;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    try {
      await changeRole({ variables: { userId: person.id, role: role as Role } });
      const notice: PeopleNotice = {
        peopleNotice: t('changeRole.changed', { name: person.displayName, role: roleName(authT, role as Role, 'inSentence') }),
      };
      await navigate(PEOPLE_PATH, { state: notice });
    } catch (changeError: unknown) {
      // The form's one field is what any refusal is about.
      form.fail(apiProblems(changeError)?.map((problem) => ({ field: 'role', ...problem })));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={PEOPLE_PATH}>{t('people.title')}</BackLink>
        {form.summary()}
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <h1 className="govuk-heading-l">{t('changeRole.heading', { name: person.displayName })}</h1>
          <Radios
            id={FIELD_IDS.role}
            name="role"
            legend={t('changeRole.role')}
            options={data.grantableRoles.map((grantable) => ({
              value: grantable,
              text: roleName(authT, grantable),
              hint: t(`invite.roleHints.${grantable}`),
            }))}
            value={role}
            onChange={setChosen}
            error={form.errorFor('role')}
            errorPrefix={form.errorPrefix}
          />
          <ButtonGroup>
            <Button>{t('changeRole.button')}</Button>
            <ServiceLink className="govuk-link" href={PEOPLE_PATH}>
              {t('changeRole.cancel')}
            </ServiceLink>
          </ButtonGroup>
        </form>
      </div>
    </div>
  );
}
