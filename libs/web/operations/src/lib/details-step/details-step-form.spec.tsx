import { jest } from '@jest/globals';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { useFormProblems } from '@liaise/web-ui';
import { renderWithWords as renderWith } from '@liaise/web-ui/testing';
import { OPERATIONS_NAMESPACE, operationsResources } from '../i18n.js';
import { checkDetails, DETAILS_IDS, EMPTY_DETAILS, type DetailsField, type DetailsForm } from './details-form.js';
import { DetailsStepForm } from './details-step-form.js';

const renderWithWords = (ui: ReactNode) => renderWith(ui, { [OPERATIONS_NAMESPACE]: operationsResources.en });

const NOW = new Date('2026-11-28T09:00:00Z');

/** The form as its page holds it, without the api: the answers in state, checked by the shared rules on sending. */
function Harness({ fromReview = false, onSubmit }: { readonly fromReview?: boolean; readonly onSubmit?: () => void }) {
  const [form, setForm] = useState<DetailsForm>(EMPTY_DETAILS);
  const problems = useFormProblems<DetailsField>(`${OPERATIONS_NAMESPACE}:details`, DETAILS_IDS);
  const send = () => {
    onSubmit?.();
    const { problems: found } = checkDetails(form, { now: NOW });
    if (found.length > 0) problems.fail(found);
    else problems.clear();
  };
  return (
    <>
      {problems.summary()}
      <DetailsStepForm
        form={form}
        onChange={(key, value) => setForm((previous) => ({ ...previous, [key]: value }))}
        errorFor={problems.errorFor}
        errorPrefix={problems.errorPrefix}
        onSubmit={send}
        fromReview={fromReview}
        cancelHref="/operations"
      />
    </>
  );
}

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByRole('textbox', { name: label }), { target: { value } });
const summaryLinks = () => within(screen.getByTestId('error-summary')).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

beforeAll(() => document.body.classList.add('govuk-frontend-supported'));

describe('the details step’s questions', () => {
  it('asks each question in the planning order, on the ids the error summary links to', () => {
    renderWithWords(<Harness />);
    const ids = [...document.querySelectorAll('input[id], textarea[id]')].map((field) => field.id).filter((id) => !/-(month|year)$/.test(id));
    expect(ids.filter((id) => Object.values(DETAILS_IDS).includes(id as never))).toEqual([
      'reference',
      'type',
      'start-day',
      'start-time',
      'duration-hours',
      'generalArea',
      'address-1',
      'briefingPoint',
      'expectedPeople',
      'expectedLanguages',
      'dependentsExpected',
      'mediaDecision',
      'safeguardingLeadName',
      'safeguardingLeadRole',
      'officersAttending',
      'femaleOfficersAttending',
      'interpreterArranged',
      'proportionalityStatement',
      'intelligenceReference',
      'disclosure-day',
      'disclosure-time',
    ]);
    expect(screen.getByRole('button', { name: 'Save and continue' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe('/operations');
  });

  it('offers to return to the check when opened from it', () => {
    renderWithWords(<Harness fromReview />);
    expect(screen.getByRole('button', { name: 'Save and return to the check' })).toBeTruthy();
  });

  it('shows the shared rules’ problems on their fields, the error summary linking to each', () => {
    renderWithWords(<Harness />);
    type('Reference', 'R'.repeat(101));
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const links = summaryLinks();
    expect(links.slice(0, 4)).toEqual([
      ['Reference must be 100 characters or fewer', '#reference'],
      ['Choose the type of operation', '#type'],
      ['Enter the planned start date', '#start-day'],
      ['Enter the expected duration', '#duration-hours'],
    ]);
    expect(links).toContainEqual(['Enter at least one address', '#address-1']);
    expect(links).toContainEqual(['Enter the proportionality statement', '#proportionalityStatement']);
    expect(document.getElementById('reference-error')?.textContent).toBe('Error: Reference must be 100 characters or fewer');
    expect(screen.getByRole('textbox', { name: 'Reference' }).getAttribute('aria-describedby')).toBe('reference-hint reference-error reference-info');
    expect(document.getElementById('duration-error')?.textContent).toBe('Error: Enter the expected duration');
    expect(screen.getByRole('group', { name: 'Expected duration' }).getAttribute('aria-describedby')).toBe('duration-hint duration-error');
  });

  it('puts a time’s problem on the date and time’s group, linked to the time', () => {
    renderWithWords(<Harness />);
    const start = screen.getByRole('group', { name: 'Planned start' });
    fireEvent.input(within(start).getByRole('textbox', { name: 'Day' }), { target: { value: '1' } });
    fireEvent.input(within(start).getByRole('textbox', { name: 'Month' }), { target: { value: '12' } });
    fireEvent.input(within(start).getByRole('textbox', { name: 'Year' }), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(summaryLinks()).toContainEqual(['Enter the planned start time', '#start-time']);
    expect(document.getElementById('start-error')?.textContent).toBe('Error: Enter the planned start time');
  });

  it('shows each text answer’s limit beside it, as the shared rules set it, with a character count: one-line answers too', () => {
    renderWithWords(<Harness />);
    expect(document.getElementById('proportionalityStatement-info')?.textContent).toBe('You can enter up to 4000 characters');
    expect(screen.getByRole('textbox', { name: 'Proportionality statement' }).getAttribute('aria-describedby')).toBe('proportionalityStatement-hint proportionalityStatement-info');
    const oneLine = ['reference', 'generalArea', 'address-1', 'briefingPoint', 'safeguardingLeadName', 'safeguardingLeadRole', 'intelligenceReference'];
    expect(Object.fromEntries(oneLine.map((id) => [id, document.getElementById(`${id}-info`)?.textContent]))).toEqual({
      reference: 'You can enter up to 100 characters',
      generalArea: 'You can enter up to 120 characters',
      'address-1': 'You can enter up to 300 characters',
      briefingPoint: 'You can enter up to 300 characters',
      safeguardingLeadName: 'You can enter up to 200 characters',
      safeguardingLeadRole: 'You can enter up to 200 characters',
      intelligenceReference: 'You can enter up to 100 characters',
    });
    for (const id of oneLine) {
      const input = document.getElementById(id);
      expect([input?.tagName, input?.classList.contains('govuk-js-character-count'), input?.getAttribute('aria-describedby')?.endsWith(`${id}-info`)]).toEqual(['INPUT', true, true]);
    }
  });

  it('counts a long answer’s characters as they are typed, and shows the reasons’ limits when they are asked for', () => {
    renderWithWords(<Harness />);
    type('Proportionality statement', 'Because');
    expect(document.querySelector('#proportionalityStatement-info ~ .govuk-character-count__status')?.textContent).toBe('You have 3,993 characters remaining');
    type('Female officers attending', '0');
    expect(document.getElementById('noFemaleOfficersReason-info')?.textContent).toBe('You can enter up to 2000 characters');
  });

  it('asks why no female officers attend only when none do', () => {
    renderWithWords(<Harness />);
    expect(screen.queryByRole('textbox', { name: 'Why will no female officers attend?' })).toBeNull();
    type('Female officers attending', '0');
    expect(screen.getByRole('textbox', { name: 'Why will no female officers attend?' })).toBeTruthy();
  });

  it('adds an address and moves the focus to it; removing one moves the focus to the one before', () => {
    renderWithWords(<Harness />);
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Add another address' })));
    expect(document.activeElement?.id).toBe('address-2');
    type('Address 2', '2 Dock Street');
    act(() => fireEvent.click(screen.getByRole('button', { name: /^Remove\s*address 1$/ })));
    expect(screen.getAllByRole('textbox', { name: /^Address/ }).map((field) => (field as HTMLInputElement).value)).toEqual(['2 Dock Street']);
    expect(document.activeElement?.id).toBe('address-1');
  });

  it('sends on the button, not by the browser', () => {
    const onSubmit = jest.fn();
    renderWithWords(<Harness onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('error-summary')).toBeTruthy();
  });
});
