import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EDITABLE_OPERATION_STATES, type OperationState } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Checkboxes, useFormProblems } from '@liaise/web-ui';
import { AttendeeName, FormPageLayout, SubmitOrCancel } from '@liaise/web-common';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath } from './paths.js';
import { useNameOfficers, useOfficerChoices, useOperation } from './use-operations.js';

type Field = 'userIds';
const FIELD_IDS: Readonly<Record<Field, string>> = { userIds: 'officers' };

/** Before the operation starts: which of the force's own people attend, each flagged without current MSHT training. */
export function NamedOfficersPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const { choices } = useOfficerChoices();
  const [nameOfficers, naming] = useNameOfficers();
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const form = useFormProblems<Field>(`${OPERATIONS_NAMESPACE}:namedOfficers`, FIELD_IDS);

  useEffect(() => {
    if (operation === undefined || operation === null || chosen !== undefined) return;
    setChosen(operation.namedOfficers.map((officer) => officer.userId));
  }, [operation, chosen]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (naming.loading || operation === undefined || operation === null) return;
    const userIds = chosen ?? [];
    if (userIds.length > operation.officersAttending) {
      form.fail([{ field: 'userIds', code: 'TOO_MANY', params: { max: operation.officersAttending } }]);
      return;
    }
    try {
      await nameOfficers({ variables: { id, version: operation.version, userIds } });
    } catch (caught: unknown) {
      form.fail(apiProblems(caught));
      return;
    }
    const state: OperationDoneState = { operationDone: 'officers' };
    await navigate(operationPath(id), { state });
  };

  const allowed =
    viewer.permissions.includes('operation:manage') && operation !== undefined && operation !== null && EDITABLE_OPERATION_STATES.includes(operation.state as OperationState);
  return (
    <FormPageLayout title={t('namedOfficers.title')} caption={operation?.reference} backHref={operationPath(id)} form={form}>
      {operation === undefined || operation === null ? (
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      ) : !allowed ? (
        <p className="govuk-body">{t('namedOfficers.notAllowed')}</p>
      ) : choices === undefined ? (
        <p className="govuk-body" role="status">
          {t('loading')}
        </p>
      ) : choices.length === 0 ? (
        <p className="govuk-body">{t('namedOfficers.noChoices')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Checkboxes
            id="officers"
            name="officers"
            legend={t('namedOfficers.legend')}
            legendSize="m"
            hint={t('namedOfficers.hint', { count: operation.officersAttending })}
            values={chosen ?? []}
            onChange={setChosen}
            error={form.errorFor('userIds')}
            errorPrefix={form.errorPrefix}
            choices={choices.map((choice) => ({
              value: choice.userId,
              text: <AttendeeName name={choice.name} mshtTrainingCurrent={choice.mshtTrainingCurrent} />,
            }))}
          />
          <SubmitOrCancel submit={t('namedOfficers.submit')} cancelHref={operationPath(id)} />
        </form>
      )}
    </FormPageLayout>
  );
}
