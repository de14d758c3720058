import { jest } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithWords } from '../../testing/render-with-words.js';
import { DETAILS_IDS, EMPTY_DETAILS, type DetailsForm } from './details-form.js';
import { DetailsStepForm, type DetailsStepFormProps } from './details-step-form.js';

/** The form as its page holds it: the answers in state, problems as given. */
function Harness({ errors = {}, ...rest }: Partial<DetailsStepFormProps> & { readonly errors?: Readonly<Record<string, string>> }) {
  const [form, setForm] = useState<DetailsForm>(rest.form ?? EMPTY_DETAILS);
  return (
    <DetailsStepForm
      form={form}
      onChange={(key, value) => setForm((previous) => ({ ...previous, [key]: value }))}
      errorFor={(field) => errors[field]}
      onSubmit={rest.onSubmit ?? (() => undefined)}
      fromReview={rest.fromReview ?? false}
      cancelHref={rest.cancelHref ?? '/operations'}
    />
  );
}

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

  it('shows a problem on its field, and the duration’s on the duration', () => {
    renderWithWords(<Harness errors={{ reference: 'Enter the reference', 'duration-hours': 'Enter the expected duration' }} />);
    expect(document.getElementById('reference-error')?.textContent).toBe('Error: Enter the reference');
    expect(screen.getByRole('textbox', { name: 'Reference' }).getAttribute('aria-describedby')).toBe('reference-hint reference-error');
    expect(document.getElementById('duration-error')?.textContent).toBe('Error: Enter the expected duration');
    expect(screen.getByRole('group', { name: 'Expected duration' }).getAttribute('aria-describedby')).toBe('duration-hint duration-error');
  });

  it('asks why no female officers attend only when none do', () => {
    renderWithWords(<Harness />);
    expect(screen.queryByRole('textbox', { name: 'Why will no female officers attend?' })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Female officers attending' }), { target: { value: '0' } });
    expect(screen.getByRole('textbox', { name: 'Why will no female officers attend?' })).toBeTruthy();
  });

  it('adds an address and moves the focus to it; removing one moves the focus to the one before', () => {
    renderWithWords(<Harness />);
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Add another address' })));
    expect(document.activeElement?.id).toBe('address-2');
    fireEvent.change(screen.getByRole('textbox', { name: 'Address 2' }), { target: { value: '2 Dock Street' } });
    act(() => fireEvent.click(screen.getByRole('button', { name: /^Remove\s*address 1$/ })));
    expect(screen.getAllByRole('textbox', { name: /^Address/ }).map((field) => (field as HTMLInputElement).value)).toEqual(['2 Dock Street']);
    expect(document.activeElement?.id).toBe('address-1');
  });

  it('sends on the button, not by the browser', () => {
    const onSubmit = jest.fn();
    renderWithWords(<Harness onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
