import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { EMPTY_DATE_TIME, type DateTimeParts } from './date-time.js';
import { DateTimeInput } from './date-time-input.js';

let latest: DateTimeParts = EMPTY_DATE_TIME;
function Start({ error }: { readonly error?: string }) {
  const [value, setValue] = useState<DateTimeParts>(EMPTY_DATE_TIME);
  latest = value;
  return (
    <DateTimeInput
      id="start"
      legend="Planned start"
      hint="For example, 27 3 2027 and 06:00"
      error={error}
      value={value}
      onChange={setValue}
      texts={{ day: 'Day', month: 'Month', year: 'Year', time: 'Time' }}
    />
  );
}

describe('the date-time input', () => {
  it('is the date input with a time after the year, in one fieldset', () => {
    render(<Start />);
    const group = screen.getByRole('group', { name: 'Planned start' });
    expect([...group.querySelectorAll('input')].map((input) => input.id)).toEqual(['start-day', 'start-month', 'start-year', 'start-time']);
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '27' } });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '06:00' } });
    expect(latest).toEqual({ date: { day: '27', month: '', year: '' }, time: '06:00' });
  });

  it('marks every field of the group, the time too, when it has an error', () => {
    render(<Start error="Enter the planned start" />);
    expect(screen.getByLabelText('Time').className).toContain('govuk-input--error');
    expect(screen.getByLabelText('Day').className).toContain('govuk-input--error');
    expect(document.getElementById('start-error')?.textContent).toBe('Error: Enter the planned start');
  });
});
