import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Checkboxes, TextInput, useFormProblems } from '@liaise/web-ui';
import { AttendeeName, FormPageLayout, SubmitOrCancel } from '@liaise/web-common';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { operationPath } from './paths.js';
import { useOperationInvitations, useRecordAttendance } from './use-invitations-of-operation.js';
import { useOperation, useRecordForceAttendance } from './use-operations.js';

type Field = 'officersAttended' | 'attendedOfficerIds';
const FIELD_IDS: Readonly<Record<Field, string>> = { officersAttended: 'officersAttended', attendedOfficerIds: 'attendedOfficerIds' };

const RECORDING_STATES = ['COMPLETED', 'FOLLOW_UP'];

/** Everyone partners named to attend, once each, with whether they attended (as recorded so far). */
export function attendeesOf(invitations: readonly { readonly attendees: readonly { readonly userId: string; readonly name: string; readonly organisationName?: string; readonly mshtTrainingCurrent: boolean; readonly attended?: boolean | null }[] }[]) {
  const seen = new Map<string, { userId: string; name: string; organisationName: string; mshtTrainingCurrent: boolean; attended: boolean | null }>();
  for (const invitation of invitations) {
    for (const attendee of invitation.attendees) {
      if (!seen.has(attendee.userId)) seen.set(attendee.userId, { userId: attendee.userId, name: attendee.name, organisationName: attendee.organisationName ?? '', mshtTrainingCurrent: attendee.mshtTrainingCurrent, attended: attendee.attended ?? null });
    }
  }
  return [...seen.values()];
}

/** After the operation: how many of the force's officers attended, which of its named officers, and which of the partners' named people. */
export function AttendancePage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const { invitations } = useOperationInvitations(id);
  const [recordForce, recordingForce] = useRecordForceAttendance();
  const [recordPartners, recordingPartners] = useRecordAttendance();
  const [officers, setOfficers] = useState<string | undefined>(undefined);
  const [attended, setAttended] = useState<string[] | undefined>(undefined);
  const [officersPresent, setOfficersPresent] = useState<string[] | undefined>(undefined);
  const form = useFormProblems<Field>(`${OPERATIONS_NAMESPACE}:attendance`, FIELD_IDS);
  const attendees = attendeesOf(invitations ?? []);

  useEffect(() => {
    if (operation === undefined || operation === null || officers !== undefined) return;
    setOfficers(operation.officersAttended === null || operation.officersAttended === undefined ? '' : String(operation.officersAttended));
  }, [operation, officers]);
  useEffect(() => {
    if (operation === undefined || operation === null || officersPresent !== undefined) return;
    setOfficersPresent(operation.namedOfficers.filter((officer) => officer.attended === true).map((officer) => officer.userId));
  }, [operation, officersPresent]);
  useEffect(() => {
    if (invitations === undefined || attended !== undefined) return;
    setAttended(attendeesOf(invitations).filter((attendee) => attendee.attended === true).map((attendee) => attendee.userId));
  }, [invitations, attended]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recordingForce.loading || recordingPartners.loading || operation === undefined || operation === null) return;
    const value = (officers ?? '').trim();
    if (value === '') {
      form.fail([{ field: 'officersAttended', code: 'REQUIRED' }]);
      return;
    }
    if (!/^\d{1,4}$/.test(value)) {
      form.fail([{ field: 'officersAttended', code: 'NOT_A_WHOLE_NUMBER' }]);
      return;
    }
    try {
      const named = operation.namedOfficers.length === 0 ? null : (officersPresent ?? []);
      await recordForce({ variables: { id, version: operation.version, officersAttended: Number(value), attendedOfficerIds: named } });
      if (attendees.length > 0) {
        await recordPartners({ variables: { id, attendance: attendees.map((attendee) => ({ userId: attendee.userId, attended: (attended ?? []).includes(attendee.userId) })) } });
      }
    } catch (caught: unknown) {
      form.fail(apiProblems(caught));
      return;
    }
    const state: OperationDoneState = { operationDone: 'attendance' };
    await navigate(operationPath(id), { state });
  };

  const allowed = viewer.permissions.includes('operation:manage') && operation !== undefined && operation !== null && RECORDING_STATES.includes(operation.state);
  return (
    <FormPageLayout title={t('attendance.title')} caption={operation?.reference} backHref={operationPath(id)} form={form}>
      {operation === undefined || operation === null ? (
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      ) : !allowed ? (
        <p className="govuk-body">{t('attendance.notAllowed')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput
            id="officersAttended"
            name="officersAttended"
            label={t('attendance.officers')}
            inputMode="numeric"
            widthClass="govuk-input--width-3"
            value={officers ?? ''}
            onChange={(event) => setOfficers(event.target.value)}
            error={form.errorFor('officersAttended')}
            errorPrefix={form.errorPrefix}
          />
          {operation.namedOfficers.length > 0 && (
            <Checkboxes
              id="attendedOfficerIds"
              name="attendedOfficerIds"
              legend={t('attendance.named')}
              hint={t('attendance.namedHint')}
              values={officersPresent ?? []}
              onChange={setOfficersPresent}
              error={form.errorFor('attendedOfficerIds')}
              errorPrefix={form.errorPrefix}
              choices={operation.namedOfficers.map((officer) => ({ value: officer.userId, text: officer.name }))}
            />
          )}
          {invitations === undefined ? (
            <p className="govuk-body" role="status">
              {t('loading')}
            </p>
          ) : attendees.length === 0 ? (
            <p className="govuk-body">{t('attendance.noAttendees')}</p>
          ) : (
            <Checkboxes
              id="attended"
              name="attended"
              legend={t('attendance.partners')}
              hint={t('attendance.partnersHint')}
              values={attended ?? []}
              onChange={setAttended}
              choices={attendees.map((attendee) => ({
                value: attendee.userId,
                text: <AttendeeName name={attendee.organisationName === '' ? attendee.name : `${attendee.name} (${attendee.organisationName})`} mshtTrainingCurrent={attendee.mshtTrainingCurrent} />,
              }))}
            />
          )}
          <SubmitOrCancel submit={t('attendance.submit')} cancelHref={operationPath(id)} />
        </form>
      )}
    </FormPageLayout>
  );
}
