import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems, graphql } from '@liaise/web-graphql';
import { Button, NotificationBanner, Radios, Table, Tag, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { ORGANISATIONS_NAMESPACE } from './i18n.js';
import { linesOf } from './lines.js';

export const PLATFORM_ORGANISATIONS_PATH = '/platform/organisations';

const PLATFORM_ORGANISATIONS_QUERY = graphql(`
  query PlatformOrganisations {
    organisationsForPlatform {
      id
      kind
      name
      status
    }
  }
`);

const CREATE_ORGANISATION_MUTATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

const INVITE_ORGANISATION_ADMINISTRATOR_MUTATION = graphql(`
  mutation InviteOrganisationAdministrator($input: InviteOrganisationAdministratorInput!) {
    inviteOrganisationAdministrator(input: $input) {
      email
    }
  }
`);

const SUSPEND_MUTATION = graphql(`
  mutation SuspendOrganisation($id: ID!) {
    suspendOrganisation(id: $id) {
      id
      status
    }
  }
`);

const REACTIVATE_MUTATION = graphql(`
  mutation ReactivateOrganisation($id: ID!) {
    reactivateOrganisation(id: $id) {
      id
      status
    }
  }
`);

const KINDS = [
  { value: 'POLICE_FORCE', text: 'Police force or law enforcement agency' },
  { value: 'SEX_WORK_PROJECT', text: 'Sex work project' },
  { value: 'MSHT_PROJECT', text: 'Modern slavery and human trafficking (MSHT) project' },
  { value: 'OTHER_AGENCY', text: 'Other agency' },
] as const;
const kindText = (kind: string) => KINDS.find((k) => k.value === kind)?.text ?? 'Liaise platform';
type Field = 'kind' | 'name' | 'areasServed' | 'email';
const FIELD_IDS: Readonly<Record<Field, string>> = { kind: 'kind', name: 'name', areasServed: 'areas', email: 'admin-email' };

/**
 * For the platform administrator: the organisations using Liaise (names, kinds and status only: none of their
 * data), setting a new one up with its first administrator's invitation, and suspending or reactivating one.
 */
export function PlatformOrganisationsPage() {
  const viewer = useSignedInViewer();
  const allowed = viewer.permissions.includes('organisation:create');
  useDocumentTitle(allowed ? 'Organisations using Liaise' : 'Page not found', SERVICE_NAME);
  const { data, refetch } = useQuery(PLATFORM_ORGANISATIONS_QUERY, { skip: !allowed, fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating }] = useMutation(CREATE_ORGANISATION_MUTATION);
  const [invite] = useMutation(INVITE_ORGANISATION_ADMINISTRATOR_MUTATION);
  const [suspend] = useMutation(SUSPEND_MUTATION);
  const [reactivate] = useMutation(REACTIVATE_MUTATION);
  const [kind, setKind] = useState('');
  const [name, setName] = useState('');
  const [areas, setAreas] = useState('');
  const [email, setEmail] = useState('');
  const problems = useFormProblems<Field>(`${ORGANISATIONS_NAMESPACE}:platform`, FIELD_IDS);
  const [notice, setNotice] = useState<{ readonly heading: string; readonly done: boolean }>();

  if (!allowed) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...(kind === '' ? [{ field: 'kind', code: 'REQUIRED' } as const] : []),
      ...(name.trim() === '' ? [{ field: 'name', code: 'REQUIRED' } as const] : []),
      ...(email.trim() === '' ? [{ field: 'email', code: 'REQUIRED' } as const] : []),
    ];
    if (missing.length > 0) return problems.fail(missing);
    try {
      const created = await create({ variables: { input: { kind: kind as never, name, areasServed: linesOf(areas), languagesOffered: [] } } });
      const organisationId = created.data?.createOrganisation.id ?? '';
      try {
        await invite({ variables: { input: { organisationId, email } } });
      } catch (error: unknown) {
        await refetch();
        setNotice({ heading: `${name} was set up, but its administrator was not invited`, done: false });
        return problems.fail(apiProblems(error));
      }
      problems.clear();
      setNotice({ heading: `${name} is set up, and an invitation has been sent to ${email.trim().toLowerCase()}`, done: true });
      setKind('');
      setName('');
      setAreas('');
      setEmail('');
      await refetch();
    } catch (error: unknown) {
      problems.fail(apiProblems(error));
    }
  };

  const changeStatus = async (id: string, to: 'suspend' | 'reactivate') => {
    try {
      await (to === 'suspend' ? suspend({ variables: { id } }) : reactivate({ variables: { id } }));
      problems.clear();
    } catch (error: unknown) {
      problems.fail(apiProblems(error));
    }
  };

  const partners = (data?.organisationsForPlatform ?? []).filter((o) => o.kind !== 'PLATFORM');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problems.summary()}
        {notice !== undefined && <NotificationBanner type={notice.done ? 'success' : undefined} title={notice.done ? 'Success' : 'Important'} heading={notice.heading} />}
        <h1 className="govuk-heading-l">Organisations using Liaise</h1>
        <p className="govuk-body">You see each organisation’s name, kind and status, and nothing of its people or records.</p>
        {data === undefined ? (
          <p className="govuk-body" role="status">
            Loading the organisations…
          </p>
        ) : (
          <Table
            caption="Organisations"
            captionSize="visually-hidden"
            testId="platform-organisations"
            head={['Name', 'Kind', 'Status', 'Action']}
            rows={partners.map((organisation) => ({
              key: organisation.id,
              cells: [
                organisation.name,
                kindText(organisation.kind),
                organisation.status === 'ACTIVE' ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Suspended</Tag>,
                <Button
                  key="status"
                  type="button"
                  variant="secondary"
                  className="govuk-!-margin-bottom-0"
                  onClick={() => void changeStatus(organisation.id, organisation.status === 'ACTIVE' ? 'suspend' : 'reactivate')}
                >
                  {organisation.status === 'ACTIVE' ? 'Suspend' : 'Reactivate'}
                  <span className="govuk-visually-hidden"> {organisation.name}</span>
                </Button>,
              ],
            }))}
          />
        )}

        <h2 className="govuk-heading-m">Set up an organisation</h2>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Radios
            id="kind"
            name="kind"
            legend="What kind of organisation is it?"
            options={KINDS}
            value={kind}
            onChange={setKind}
            error={problems.errorFor('kind')}
            errorPrefix={problems.errorPrefix}
          />
          <TextInput id="name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={problems.errorFor('name')} errorPrefix={problems.errorPrefix} />
          <div className={problems.errorFor('areasServed') !== undefined ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
            <label className="govuk-label" htmlFor="areas">
              Areas served (optional)
            </label>
            <div id="areas-hint" className="govuk-hint">
              One town, borough or district a line.
            </div>
            <textarea id="areas" className="govuk-textarea" rows={3} aria-describedby="areas-hint" value={areas} onChange={(e) => setAreas(e.target.value)} />
          </div>
          <TextInput
            id="admin-email"
            label="E-mail address of its first administrator"
            hint="They get a link to join, valid for 72 hours. The e-mail says nothing else."
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={problems.errorFor('email')}
            errorPrefix={problems.errorPrefix}
          />
          <Button type="submit" disabled={creating}>
            Set up organisation
          </Button>
        </form>
      </div>
    </div>
  );
}
