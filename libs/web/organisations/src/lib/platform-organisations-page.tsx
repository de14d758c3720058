import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { refusalMessages, graphql } from '@liaise/web-graphql';
import { Button, ErrorSummary, NotificationBanner, Radios, Table, Tag, TextInput, useDocumentTitle } from '@liaise/web-ui';
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
const FIELD_IDS: Record<string, string> = { kind: 'kind', name: 'name', areasServed: 'areas', email: 'admin-email', organisationId: 'name' };

interface Problem {
  readonly text: string;
  readonly field?: string;
}

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
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<string>();

  if (!allowed) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
      </>
    );
  }

  const refused = (error: unknown): Problem[] =>
    refusalMessages(error)?.map((p) => ({ text: p.message, field: p.field === undefined ? undefined : FIELD_IDS[p.field] })) ?? [
      { text: 'Sorry, there is a problem with the service. Try again later.' },
    ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Problem[] = [
      ...(kind === '' ? [{ text: 'Choose the kind of organisation', field: 'kind' }] : []),
      ...(name.trim() === '' ? [{ text: 'Enter the organisation’s name', field: 'name' }] : []),
      ...(email.trim() === '' ? [{ text: 'Enter the e-mail address of its first administrator', field: 'admin-email' }] : []),
    ];
    if (missing.length > 0) return setProblems(missing);
    try {
      const created = await create({ variables: { input: { kind: kind as never, name, areasServed: linesOf(areas), languagesOffered: [] } } });
      const organisationId = created.data?.createOrganisation.id ?? '';
      try {
        await invite({ variables: { input: { organisationId, email } } });
      } catch (error: unknown) {
        await refetch();
        return setProblems([{ text: `${name} was set up, but its administrator was not invited: ${refused(error)[0]?.text ?? ''}` }]);
      }
      setProblems([]);
      setNotice(`${name} is set up, and an invitation has been sent to ${email.trim().toLowerCase()}`);
      setKind('');
      setName('');
      setAreas('');
      setEmail('');
      await refetch();
    } catch (error: unknown) {
      setProblems(refused(error));
    }
  };

  const changeStatus = async (id: string, to: 'suspend' | 'reactivate') => {
    try {
      await (to === 'suspend' ? suspend({ variables: { id } }) : reactivate({ variables: { id } }));
      setProblems([]);
    } catch (error: unknown) {
      setProblems(refused(error));
    }
  };

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;
  const partners = (data?.organisationsForPlatform ?? []).filter((o) => o.kind !== 'PLATFORM');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problems.length > 0 && (
          <ErrorSummary title="There is a problem" errors={problems.map((p) => ({ text: p.text, href: p.field ? `#${p.field}` : undefined }))} />
        )}
        {notice !== undefined && <NotificationBanner type="success" title="Success" heading={notice} />}
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
            error={errorOf('kind')}
          />
          <TextInput id="name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errorOf('name')} />
          <div className={errorOf('areas') ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
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
            error={errorOf('admin-email')}
          />
          <Button type="submit" disabled={creating}>
            Set up organisation
          </Button>
        </form>
      </div>
    </div>
  );
}
