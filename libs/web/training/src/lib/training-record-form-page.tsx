import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { earliestTrainingCompletion, latestTrainingExpiry, SERVICE_NAME, TRAINING_MAX_VALIDITY_YEARS, TRAINING_MAX_YEARS_AGO } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { refusalMessages } from '@liaise/web-graphql';
import {
  BackLink,
  Button,
  ButtonGroup,
  DateInput,
  datePartsOf,
  EMPTY_DATE,
  ErrorSummary,
  isoDateOf,
  Select,
  ServiceLink,
  Textarea,
  TextInput,
  useDocumentTitle,
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

interface Problem {
  readonly field?: string;
  readonly message: string;
}

function fieldOf(message: string, named: string | undefined): string | undefined {
  if (named === 'courseId' || named === 'provider' || named === 'completedOn' || named === 'expiresOn' || named === 'note') return IDS[named];
  if (/expiry/i.test(message)) return IDS.expiresOn;
  if (/completed/i.test(message)) return IDS.completedOn;
  if (/course/i.test(message)) return IDS.courseId;
  if (/provider/i.test(message)) return IDS.provider;
  if (/note/i.test(message)) return IDS.note;
  return undefined;
}

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
  const [attempt, setAttempt] = useState<{ failed: number; problems: Problem[] }>({ failed: 0, problems: [] });

  const personName = forSomeoneElse ? people?.find((person) => person.user.id === forUser)?.user.displayName : undefined;
  const title = editing ? t('form.editTitle') : personName !== undefined ? t('form.addForTitle', { name: personName }) : t('form.addTitle');
  useDocumentTitle(attempt.problems.length > 0 ? `${t('errorPrefix')}: ${title}` : title, SERVICE_NAME);

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
  const fail = (problems: Problem[]) => setAttempt((previous) => ({ failed: previous.failed + 1, problems }));
  const errorFor = (field: string) => attempt.problems.find((problem) => problem.field === field)?.message;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding.loading || updating.loading) return;
    const problems: Problem[] = [];
    if (form.courseId === '') problems.push({ field: IDS.courseId, message: t('form.courseMissing') });
    if (form.provider.trim() === '') problems.push({ field: IDS.provider, message: t('form.providerMissing') });
    const completedOn = isoDateOf(form.completedOn);
    if (completedOn === 'empty') problems.push({ field: IDS.completedOn, message: t('form.completedOnMissing') });
    else if (completedOn === 'invalid') problems.push({ field: IDS.completedOn, message: t('form.completedOnInvalid') });
    else if (completedOn > ukToday()) problems.push({ field: IDS.completedOn, message: t('form.completedOnFuture') });
    else if (completedOn < earliestTrainingCompletion(ukToday())) problems.push({ field: IDS.completedOn, message: t('form.completedOnTooLongAgo', { years: TRAINING_MAX_YEARS_AGO }) });
    const expiresOn = isoDateOf(form.expiresOn);
    if (expiresOn === 'invalid') problems.push({ field: IDS.expiresOn, message: t('form.expiresOnInvalid') });
    else if (expiresOn !== 'empty' && completedOn !== 'empty' && completedOn !== 'invalid' && expiresOn <= completedOn) {
      problems.push({ field: IDS.expiresOn, message: t('form.expiresOnBefore') });
    } else if (expiresOn !== 'empty' && completedOn !== 'empty' && completedOn !== 'invalid' && expiresOn > latestTrainingExpiry(completedOn)) {
      problems.push({ field: IDS.expiresOn, message: t('form.expiresOnTooLate', { years: TRAINING_MAX_VALIDITY_YEARS }) });
    }
    if (problems.length > 0 || completedOn === 'empty' || completedOn === 'invalid' || expiresOn === 'invalid') {
      fail(problems);
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
      const refused = refusalMessages(caught);
      if (refused?.some((problem) => problem.code === 'STALE')) {
        await refetch();
        fail([{ message: t('form.stale') }]);
        return;
      }
      fail(refused?.map((problem) => ({ field: fieldOf(problem.message, problem.field), message: problem.message })) ?? [{ message: t('serviceProblem') }]);
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
        {attempt.problems.length > 0 && (
          <ErrorSummary
            key={attempt.failed}
            title={t('errorSummaryTitle')}
            errors={attempt.problems.map((problem) => ({ text: problem.message, href: problem.field === undefined ? undefined : `#${problem.field}` }))}
          />
        )}
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
              error={errorFor(IDS.courseId)}
              errorPrefix={t('errorPrefix')}
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
              error={errorFor(IDS.provider)}
              errorPrefix={t('errorPrefix')}
            />
            <DateInput
              id="completedOn"
              legend={t('form.completedOn')}
              hint={t('form.completedOnHint')}
              value={form.completedOn}
              onChange={(completedOnParts) => setForm({ ...form, completedOn: completedOnParts })}
              error={errorFor(IDS.completedOn)}
              errorPrefix={t('errorPrefix')}
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
              error={errorFor(IDS.expiresOn)}
              errorPrefix={t('errorPrefix')}
            />
            <Textarea
              id={IDS.note}
              name="note"
              label={t('form.note')}
              rows={3}
              value={form.note}
              onChange={(event) => setForm({ ...form, note: event.target.value })}
              error={errorFor(IDS.note)}
              errorPrefix={t('errorPrefix')}
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
