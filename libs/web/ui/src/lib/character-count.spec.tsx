import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CharacterCount } from './character-count.js';

beforeAll(() => document.body.classList.add('govuk-frontend-supported'));

function Statement({ initial = '', error }: { readonly initial?: string; readonly error?: string }) {
  const [value, setValue] = useState(initial);
  return <CharacterCount id="statement" name="statement" label="Statement" hint="Why" error={error} errorPrefix="Error" maxLength={10} value={value} onChange={(event) => setValue(event.target.value)} />;
}

describe('the character count', () => {
  it('says the limit beside the field, read with it after its hint and error', () => {
    render(<Statement error="Enter 10 characters or fewer" />);
    const field = screen.getByRole('textbox', { name: 'Statement' });
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.getAttribute('aria-describedby')).toBe('statement-info statement-hint statement-error');
    expect(document.getElementById('statement-info')?.textContent).toBe('You can enter up to 10 characters');
    expect(field.className).toBe('govuk-textarea govuk-js-character-count govuk-textarea--error');
    expect(field.hasAttribute('maxlength')).toBe(false);
  });

  it('counts down what is left, and what is over, as it is typed', () => {
    render(<Statement />);
    const field = screen.getByRole('textbox', { name: 'Statement' });
    fireEvent.input(field, { target: { value: 'Seven c' } });
    expect(document.querySelector('.govuk-character-count__status')?.textContent).toBe('You have 3 characters remaining');
    fireEvent.input(field, { target: { value: 'Eleven char' } });
    expect((field as HTMLTextAreaElement).value).toBe('Eleven char');
    expect(document.querySelector('.govuk-character-count__status')?.textContent).toBe('You have 1 character too many');
  });

  it('counts a single-line answer in a text input', () => {
    render(<CharacterCount id="reference" label="Reference" maxLength={100} singleLine widthClass="govuk-input--width-20" value="" onChange={() => undefined} />);
    const field = screen.getByRole('textbox', { name: 'Reference' });
    expect(field.tagName).toBe('INPUT');
    expect(field.className).toBe('govuk-input govuk-js-character-count govuk-input--width-20');
    expect(field.getAttribute('aria-describedby')).toBe('reference-info');
    expect(document.getElementById('reference-info')?.textContent).toBe('You can enter up to 100 characters');
  });
});
