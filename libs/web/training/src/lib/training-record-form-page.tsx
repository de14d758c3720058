import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { earliestTrainingCompletion, latestTrainingExpiry, SERVICE_NAME, TRAINING_MAX_VALIDITY_YEARS, TRAINING_MAX_YEARS_AGO, type Problem } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import {
  BackLink,
  Button,
  ButtonGroup,
  DateInput,
  datePartsOf,
  EMPTY_DATE,
  isoDateOf,
  Select,
  ServiceLink,
  Textarea,
  TextInput,
  useDocumentTitle,
  useFormProblems,
  type DateParts,
} from '@liaise/web-ui';
import { ukToday } from './dates.js';
import type { TrainingDoneState } from './done.js';
import { TRAINING_NAMESPACE } from './i18n.js';
import { FOR_PARAM, personTrainingPath, TRAINING_PATH } from './paths.js';
import { useAddTrainingRecord, usePeopleTraining, useTrainingCourses, useTrainingRecord, useUpdateTrainingRecord } from './use-training.js';

interface Form {
  readonly courseId: string;
  readonly provider: string;
  readonly completedOn: DateParts;
  readonly expiresOn: DateParts;
  readonly note: string;
}

const EMPTY: Form = { courseId: '', provider: '', completedOn: EMPTY_DATE, expiresOn: EMPTY_DATE, note: '' };

/** The fields' ids: error summary links go to them (a date's to its day field). */
const IDS = { courseId: 'courseId', provider: 'provider', completedOn: 'completedOn-day', expiresOn: 'expiresOn-day', note: 'note' } as const;
type Field = keyof typeof IDS;

/**
 * Adds a training record (the signed-in person's, or with `?for=` someone of the organisation's, for its
 * administrator), or changes one (`/training/:id/edit`). The expiry date, when left empty, comes from the
 * course's validity.
 */
export function TrainingRecordFormPage() {
  const { t } = useTranslation(TRAINING_NAMESPACE);
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const editing = id !== undefined;
  const forUser = editing ? undefined : (searchParams.get(FOR_PARAM) ?? undefined);
  const forSomeoneElse = forUser !== undefined && forUser !== viewer.user.id;
  const { courses, loading: coursesLoading, error: coursesError } = useTrainingCourses();
  const { record, loading: recordLoading, error: recordError, refetch } = useTrainingRecord(id);
  const { people } = usePeopleTraining(!forSomeoneElse);
  const [add, adding] = useAddTrainingRecord();
  const [update, updating] = useUpdateTrainingRecord();
  const [form, setForm] = useState<Form>(EMPTY);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const problems = useFormProblems<Field>(`${TRAINING_NAMESPACE}:form`, IDS);

  const personName = forSomeoneElse ? people?.find((person) => person.user.id === forUser)?.user.displayName : undefined;
  const title = editing ? t('form.editTitle') : personName !== undefined ? t('form.addForTitle', { name: personName }) : t('form.addTitle');
  useDocumentTitle(problems.title(title), SERVICE_NAME);

  useEffect(() => {
    if (record === undefined || record === null || record.version === version) return;
    setVersion(record.version);
    setForm({
      courseId: record.course.id,
      provider: record.provider,
      completedOn: datePartsOf(record.completedOn),
      expiresOn: datePartsOf(record.expiresOn),
      note: record.note ?? '',
    });
  }, [record, version]);

  const ownerId = editing ? record?.userId : (forUser ?? viewer.user.id);
  const returnTo = ownerId === undefined || ownerId === viewer.user.id ? TRAINING_PATH : personTrainingPath(ownerId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding.loading || updating.loading) return;
    const found: Problem<Field>[] = [];
    if (form.courseId === '') found.push({ field: 'courseId', code: 'REQUIRED' });
    if (form.provider.trim() === '') found.push({ field: 'provider', code: 'REQUIRED' });
    const completedOn = isoDateOf(form.completedOn);
    if (completedOn === 'empty') found.push({ field: 'completedOn', code: 'REQUIRED' });
    else if (completedOn === 'invalid') found.push({ field: 'completedOn', code: 'INVALID_DATE' });
    else if (completedOn > ukToday()) found.push({ field: 'completedOn', code: 'TOO_LATE' });
    else if (completedOn < earliestTrainingCompletion(ukToday())) found.push({ field: 'completedOn', code: 'TOO_EARLY', params: { years: TRAINING_MAX_YEARS_AGO } });
    const expiresOn = isoDateOf(form.expiresOn);
    if (expiresOn === 'invalid') found.push({ field: 'expiresOn', code: 'INVALID_DATE' });
    else if (expiresOn !== 'empty' && completedOn !== 'empty' && completedOn !== 'invalid' && expiresOn <= completedOn) {
      found.push({ field: 'expiresOn', code: 'TOO_EARLY' });
    } else if (expiresOn !== 'empty' && completedOn !== 'empty' && completedOn !== 'invalid' && expiresOn > latestTrainingExpiry(completedOn)) {
      found.push({ field: 'expiresOn', code: 'TOO_LATE', params: { years: TRAINING_MAX_VALIDITY_YEARS } });
    }
    if (found.length > 0 || completedOn === 'empty' || completedOn === 'invalid' || expiresOn === 'invalid') {
      problems.fail(found);
      return;
    }
    const details = {
      courseId: form.courseId,
      provider: form.provider.trim(),
      completedOn,
      expiresOn: expiresOn === 'empty' ? null : expiresOn,
      note: form.note.trim() === '' ? null : form.note.trim(),
    };
    try {
      if (editing) {
        if (version === undefined) return;
        await update({ variables: { input: { id, version, ...details } } });
      } else {
        await add({ variables: { input: { ...details, userId: forSomeoneElse ? forUser : null } } });
      }
    } catch (caught: unknown) {
      const refused = apiProblems(caught);
      // Someone else's changes replace the form's, to make these again on top of them.
      if (refused?.some((problem) => problem.code === 'STALE')) await refetch();
      problems.fail(refused);
      return;
    }
    const state: TrainingDoneState = { trainingDone: editing ? 'changed' : 'added' };
    await navigate(returnTo, { state });
  };

  const ready = courses !== undefined && (!editing || (record !== undefined && record !== null));
  const loadProblem = (coursesError !== undefined && !coursesLoading) || (recordError !== undefined && !recordLoading);
  const chosen = courses?.find((course) => course.id === form.courseId);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={returnTo}>{t('back')}</BackLink>
        {problems.summary()}
        <h1 className="govuk-heading-l">{title}</h1>
        {editing && record === null ? (
          <p className="govuk-body">{t('notFound')}</p>
        ) : !ready ? (
          <p className="govuk-body" role="status">
            {loadProblem ? t('serviceProblem') : t('loading')}
          </p>
        ) : (
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Select
              id={IDS.courseId}
              name="courseId"
              label={t('form.course')}
              placeholder={t('form.chooseCourse')}
              value={form.courseId}
              onChange={(event) => setForm({ ...form, courseId: event.target.value })}
              error={problems.errorFor('courseId')}
              errorPrefix={problems.errorPrefix}
              options={(courses ?? []).map((course) => ({
                value: course.id,
                text: [
                  course.name,
                  ...(course.validityMonths === null || course.validityMonths === undefined ? [] : [t('form.validity', { count: course.validityMonths })]),
                ].join(' – '),
              }))}
            />
            <TextInput
              id={IDS.provider}
              name="provider"
              label={t('form.provider')}
              hint={t('form.providerHint')}
              value={form.provider}
              onChange={(event) => setForm({ ...form, provider: event.target.value })}
              error={problems.errorFor('provider')}
              errorPrefix={problems.errorPrefix}
            />
            <DateInput
              id="completedOn"
              legend={t('form.completedOn')}
              hint={t('form.completedOnHint')}
              value={form.completedOn}
              onChange={(completedOnParts) => setForm({ ...form, completedOn: completedOnParts })}
              error={problems.errorFor('completedOn')}
              errorPrefix={problems.errorPrefix}
            />
            <DateInput
              id="expiresOn"
              legend={t('form.expiresOn')}
              hint={
                chosen?.validityMonths === null || chosen?.validityMonths === undefined
                  ? t('form.expiresOnHint')
                  : `${t('form.expiresOnHint')} (${t('form.validity', { count: chosen.validityMonths })})`
              }
              value={form.expiresOn}
              onChange={(expiresOnParts) => setForm({ ...form, expiresOn: expiresOnParts })}
              error={problems.errorFor('expiresOn')}
              errorPrefix={problems.errorPrefix}
            />
            <Textarea
              id={IDS.note}
              name="note"
              label={t('form.note')}
              rows={3}
              value={form.note}
              onChange={(event) => setForm({ ...form, note: event.target.value })}
              error={problems.errorFor('note')}
              errorPrefix={problems.errorPrefix}
            />
            <ButtonGroup>
              <Button>{t('form.save')}</Button>
              <ServiceLink className="govuk-link" href={returnTo}>
                {t('cancel')}
              </ServiceLink>
            </ButtonGroup>
          </form>
        )}
      </div>
    </div>
  );
}
