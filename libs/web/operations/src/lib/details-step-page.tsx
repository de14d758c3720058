import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DEFAULT_DISCLOSURE_HOURS, EDITABLE_OPERATION_STATES, MEDIA_DECISIONS, OPERATION_TYPES, type MediaDecision, type OperationState, type OperationType } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { Button, ButtonGroup, RevealRadios, ServiceLink, Textarea, TextInput } from '@liaise/web-ui';
import { DateTimeInput } from '@liaise/web-common';
import { addressId, checkDetails, DETAILS_IDS, detailsFieldOf, detailsFormOf, EMPTY_DETAILS, type DetailsForm } from './details-form.js';
import type { OperationDoneState } from './done.js';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { OPERATIONS_PATH, operationPath, stepPath } from './paths.js';
import { isStale, NO_ATTEMPT, problemsOf, type Attempt, type Problem } from './problems.js';
import { StepLayout } from './step-layout.js';
import { useCreateOperation, useOperation, useUpdateOperation } from './use-operations.js';

/** Step 1: everything the officer plans. Saving creates the operation (a draft) or changes it. */
export function DetailsStepPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const viewer = useSignedInViewer();
  const navigate = useNavigate();
  const { operation, loading, error } = useOperation(id);
  const [create, creating] = useCreateOperation();
  const [update, updating] = useUpdateOperation();
  const [form, setForm] = useState<DetailsForm>(EMPTY_DETAILS);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
  const [focusAddress, setFocusAddress] = useState<number | undefined>(undefined);
  const fromReview = searchParams.get('from') === 'review';
  const search = searchParams.toString() === '' ? '' : `?${searchParams.toString()}`;

  useEffect(() => {
    if (operation === undefined || operation === null || version !== undefined) return;
    setVersion(operation.version);
    setForm(detailsFormOf(operation, DEFAULT_DISCLOSURE_HOURS));
  }, [operation, version]);

  useEffect(() => {
    if (focusAddress === undefined) return;
    document.getElementById(addressId(focusAddress))?.focus();
    setFocusAddress(undefined);
  }, [focusAddress]);

  const fail = (problems: readonly Problem[], stale = false) => setAttempt((previous) => ({ failed: previous.failed + 1, problems, stale }));
  const errorFor = (field: string) => attempt.problems.find((problem) => problem.field === field)?.message;
  const set = <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const field = (key: keyof typeof DETAILS_IDS & keyof DetailsForm) => ({
    id: DETAILS_IDS[key],
    name: key,
    value: form[key] as string,
    error: errorFor(DETAILS_IDS[key]),
    errorPrefix: t('errorPrefix'),
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating.loading || updating.loading) return;
    const { problems, details } = checkDetails(form, t);
    if (details === undefined) {
      fail(problems);
      return;
    }
    let savedId: string;
    try {
      if (id === undefined) {
        const { data } = await create({ variables: { input: details } });
        if (data === undefined || data === null) throw new Error('No answer');
        savedId = data.createOperation.id;
      } else {
        if (version === undefined) return;
        const { data } = await update({ variables: { id, version, input: details } });
        if (data === undefined || data === null) throw new Error('No answer');
        savedId = id;
        setVersion(data.updateOperation.version);
      }
    } catch (caught: unknown) {
      if (isStale(caught)) {
        fail([], true);
        return;
      }
      fail(problemsOf(caught, detailsFieldOf) ?? [{ message: t('serviceProblem') }]);
      return;
    }
    const state: OperationDoneState = { operationDone: id === undefined ? 'created' : 'saved' };
    await navigate(stepPath(savedId, fromReview ? 'review' : 'checklist', search), { state });
  };

  const title = t('steps.details');
  const backHref = id === undefined ? OPERATIONS_PATH : fromReview ? stepPath(id, 'review', search) : operationPath(id);
  const layout = { step: 'details' as const, title, reference: operation?.reference, backHref, attempt };
  if (!viewer.permissions.includes('operation:manage')) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{t('forcesOnly')}</p>
      </StepLayout>
    );
  }
  if (id !== undefined && (operation === undefined || operation === null)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body" role="status">
          {operation === null ? t('notFound') : loading || error === undefined ? t('loading') : t('serviceProblem')}
        </p>
      </StepLayout>
    );
  }
  if (operation !== undefined && operation !== null && !EDITABLE_OPERATION_STATES.includes(operation.state as OperationState)) {
    return (
      <StepLayout {...layout}>
        <p className="govuk-body">{t('notEditable')}</p>
      </StepLayout>
    );
  }

  const dateTimeTexts = t('dateTime', { returnObjects: true }) as { day: string; month: string; year: string; time: string };
  const femaleNone = form.femaleOfficersAttending.trim() === '0';
  return (
    <StepLayout {...layout}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput {...field('reference')} label={t('details.reference')} hint={t('details.referenceHint')} widthClass="govuk-input--width-20" onChange={(event) => set('reference', event.target.value)} />
        <RevealRadios
          id={DETAILS_IDS.type}
          name="type"
          legend={t('details.type')}
          value={form.type}
          onChange={(value) => set('type', value as OperationType)}
          error={errorFor(DETAILS_IDS.type)}
          errorPrefix={t('errorPrefix')}
          choices={OPERATION_TYPES.map((type) => ({ value: type, text: t(`types.${type}`), hint: t(`typeHints.${type}`) }))}
        />
        <DateTimeInput
          id="start"
          legend={t('details.start')}
          hint={t('details.startHint')}
          value={form.start}
          onChange={(start) => set('start', start)}
          error={errorFor(DETAILS_IDS.start) ?? errorFor(DETAILS_IDS.startTime)}
          errorPrefix={t('errorPrefix')}
          texts={dateTimeTexts}
        />
        <div className={errorFor(DETAILS_IDS.duration) === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
          <fieldset className="govuk-fieldset" role="group" aria-describedby={errorFor(DETAILS_IDS.duration) === undefined ? 'duration-hint' : 'duration-hint duration-error'}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('details.duration')}</legend>
            <div id="duration-hint" className="govuk-hint">
              {t('details.durationHint')}
            </div>
            {errorFor(DETAILS_IDS.duration) !== undefined && (
              <p id="duration-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('errorPrefix')}:</span> {errorFor(DETAILS_IDS.duration)}
              </p>
            )}
            <div className="govuk-date-input">
              {(['hours', 'minutes'] as const).map((unit) => (
                <div key={unit} className="govuk-date-input__item">
                  <div className="govuk-form-group">
                    <label className="govuk-label govuk-date-input__label" htmlFor={`duration-${unit}`}>
                      {t(`details.${unit}`)}
                    </label>
                    <input
                      className={`govuk-input govuk-date-input__input govuk-input--width-3${errorFor(DETAILS_IDS.duration) === undefined ? '' : ' govuk-input--error'}`}
                      id={`duration-${unit}`}
                      name={`duration-${unit}`}
                      type="text"
                      inputMode="numeric"
                      value={unit === 'hours' ? form.durationHours : form.durationMinutes}
                      onChange={(event) => set(unit === 'hours' ? 'durationHours' : 'durationMinutes', event.target.value)}
                    />
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <TextInput {...field('generalArea')} label={t('details.generalArea')} hint={t('details.generalAreaHint')} onChange={(event) => set('generalArea', event.target.value)} />
        <div className={errorFor(DETAILS_IDS.addresses) === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
          <fieldset className="govuk-fieldset" aria-describedby="addresses-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('details.addresses')}</legend>
            <div id="addresses-hint" className="govuk-hint">
              {t('details.addressesHint')}
            </div>
            {form.addresses.map((address, index) => (
              <div key={index} className="govuk-!-margin-bottom-4">
                <TextInput
                  id={addressId(index)}
                  name={`address-${index + 1}`}
                  label={t('details.address', { number: index + 1 })}
                  value={address}
                  error={index === 0 ? errorFor(DETAILS_IDS.addresses) : undefined}
                  errorPrefix={t('errorPrefix')}
                  onChange={(event) => set('addresses', form.addresses.map((value, at) => (at === index ? event.target.value : value)))}
                />
                {form.addresses.length > 1 && (
                  <Button
                    type="button"
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    onClick={() => {
                      set('addresses', form.addresses.filter((_, at) => at !== index));
                      setFocusAddress(Math.max(0, index - 1));
                    }}
                  >
                    {t('details.removeAddress')}
                    <span className="govuk-visually-hidden"> {t('details.removeAddressOf', { number: index + 1 })}</span>
                  </Button>
                )}
              </div>
            ))}
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                set('addresses', [...form.addresses, '']);
                setFocusAddress(form.addresses.length);
              }}
            >
              {t('details.addAddress')}
            </Button>
          </fieldset>
        </div>
        <TextInput {...field('briefingPoint')} label={t('details.briefingPoint')} hint={t('details.briefingPointHint')} onChange={(event) => set('briefingPoint', event.target.value)} />
        <TextInput {...field('expectedPeople')} label={t('details.expectedPeople')} inputMode="numeric" widthClass="govuk-input--width-3" onChange={(event) => set('expectedPeople', event.target.value)} />
        <TextInput {...field('expectedLanguages')} label={t('details.expectedLanguages')} hint={t('details.expectedLanguagesHint')} onChange={(event) => set('expectedLanguages', event.target.value)} />
        <RevealRadios
          id={DETAILS_IDS.dependentsExpected}
          name="dependentsExpected"
          legend={t('details.dependentsExpected')}
          value={form.dependentsExpected}
          onChange={(value) => set('dependentsExpected', value as DetailsForm['dependentsExpected'])}
          error={errorFor(DETAILS_IDS.dependentsExpected)}
          errorPrefix={t('errorPrefix')}
          choices={[
            {
              value: 'yes',
              text: t('yes'),
              conditional: (
                <Textarea {...field('dependentsArrangements')} label={t('details.dependentsArrangements')} rows={3} onChange={(event) => set('dependentsArrangements', event.target.value)} />
              ),
            },
            { value: 'no', text: t('no') },
          ]}
        />
        <RevealRadios
          id={DETAILS_IDS.mediaDecision}
          name="mediaDecision"
          legend={t('details.mediaDecision')}
          value={form.mediaDecision}
          onChange={(value) => set('mediaDecision', value as MediaDecision)}
          error={errorFor(DETAILS_IDS.mediaDecision)}
          errorPrefix={t('errorPrefix')}
          choices={MEDIA_DECISIONS.map((decision) => ({
            value: decision,
            text: t(`mediaDecisions.${decision}`),
            conditional:
              decision === 'BY_AGREEMENT' ? <Textarea {...field('mediaReason')} label={t('details.mediaReason')} rows={3} onChange={(event) => set('mediaReason', event.target.value)} /> : undefined,
          }))}
        />
        <TextInput {...field('safeguardingLeadName')} label={t('details.safeguardingLeadName')} hint={t('details.safeguardingLeadNameHint')} onChange={(event) => set('safeguardingLeadName', event.target.value)} />
        <TextInput {...field('safeguardingLeadRole')} label={t('details.safeguardingLeadRole')} hint={t('details.safeguardingLeadRoleHint')} onChange={(event) => set('safeguardingLeadRole', event.target.value)} />
        <TextInput {...field('officersAttending')} label={t('details.officersAttending')} inputMode="numeric" widthClass="govuk-input--width-3" onChange={(event) => set('officersAttending', event.target.value)} />
        <TextInput
          {...field('femaleOfficersAttending')}
          label={t('details.femaleOfficersAttending')}
          inputMode="numeric"
          widthClass="govuk-input--width-3"
          onChange={(event) => set('femaleOfficersAttending', event.target.value)}
        />
        {femaleNone && (
          <Textarea {...field('noFemaleOfficersReason')} label={t('details.noFemaleOfficersReason')} rows={3} onChange={(event) => set('noFemaleOfficersReason', event.target.value)} />
        )}
        <RevealRadios
          id={DETAILS_IDS.interpreterArranged}
          name="interpreterArranged"
          legend={t('details.interpreterArranged')}
          inline
          value={form.interpreterArranged}
          onChange={(value) => set('interpreterArranged', value as DetailsForm['interpreterArranged'])}
          error={errorFor(DETAILS_IDS.interpreterArranged)}
          errorPrefix={t('errorPrefix')}
          choices={[
            { value: 'yes', text: t('yes') },
            { value: 'no', text: t('no') },
          ]}
        />
        <Textarea
          {...field('proportionalityStatement')}
          label={t('details.proportionalityStatement')}
          hint={t('details.proportionalityStatementHint')}
          rows={6}
          onChange={(event) => set('proportionalityStatement', event.target.value)}
        />
        <TextInput
          {...field('intelligenceReference')}
          label={t('details.intelligenceReference')}
          hint={t('details.intelligenceReferenceHint')}
          widthClass="govuk-input--width-20"
          onChange={(event) => set('intelligenceReference', event.target.value)}
        />
        <DateTimeInput
          id="disclosure"
          legend={t('details.disclosure')}
          hint={t('details.disclosureHint')}
          value={form.disclosure}
          onChange={(disclosure) => set('disclosure', disclosure)}
          error={errorFor(DETAILS_IDS.disclosure) ?? errorFor(DETAILS_IDS.disclosureTime)}
          errorPrefix={t('errorPrefix')}
          texts={dateTimeTexts}
        />
        <ButtonGroup>
          <Button>{fromReview ? t('details.saveReturn') : t('details.save')}</Button>
          <ServiceLink className="govuk-link" href={backHref}>
            {t('cancel')}
          </ServiceLink>
        </ButtonGroup>
      </form>
    </StepLayout>
  );
}
