import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CharacterCount, CharacterCountInput } from './character-count.js';

function Reason({ error }: { readonly error?: string }) {
  const [value, setValue] = useState('');
  return (
    <CharacterCount
      id="reason"
      name="reason"
      label="Why?"
      hint="Kept in the history"
      error={error}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      maxLength={10}
      texts={{ limit: 'You can enter up to 10 characters' }}
    />
  );
}

function Reference({ error }: { readonly error?: string }) {
  const [value, setValue] = useState('');
  return (
    <CharacterCountInput
      id="reference"
      name="reference"
      label="Reference"
      hint="Your force’s own"
      widthClass="govuk-input--width-20"
      error={error}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      maxLength={10}
      texts={{ limit: 'You can enter up to 10 characters' }}
    />
  );
}

describe('the character count', () => {
  it('says the limit without the script, described with the hint', () => {
    render(<Reason />);
    const field = screen.getByRole('textbox', { name: 'Why?' });
    expect(field.getAttribute('aria-describedby')).toBe('reason-hint reason-info');
    expect(document.getElementById('reason-info')?.textContent).toBe('You can enter up to 10 characters');
    expect(field.hasAttribute('maxlength')).toBe(false);
  });

  it('shows the error on the field and says it to screen readers', () => {
    render(<Reason error="Reason must be 10 characters or fewer" />);
    const field = screen.getByRole('textbox', { name: 'Why?' });
    expect(field.getAttribute('aria-describedby')).toBe('reason-hint reason-error reason-info');
    expect(field.className).toContain('govuk-textarea--error');
    expect(document.getElementById('reason-error')?.textContent).toBe('Error: Reason must be 10 characters or fewer');
  });

  describe('with GOV.UK Frontend’s script', () => {
    beforeAll(() => document.body.classList.add('govuk-frontend-supported'));
    afterAll(() => document.body.classList.remove('govuk-frontend-supported'));

    it('counts what is left as the person types, and what is over the limit', () => {
      render(<Reason />);
      const field = screen.getByRole('textbox', { name: 'Why?' });
      fireEvent.input(field, { target: { value: 'Too late' } });
      expect(document.querySelector('.govuk-character-count__status')?.textContent?.trim()).toBe('You have 2 characters remaining');
      fireEvent.input(field, { target: { value: 'Far too late' } });
      expect(document.querySelector('.govuk-character-count__status')?.textContent?.trim()).toBe('You have 2 characters too many');
    });
  });

  describe('on a one-line answer', () => {
    it('is a text input that says the limit without the script, described with the hint', () => {
      render(<Reference />);
      const field = screen.getByRole('textbox', { name: 'Reference' });
      expect(field.tagName).toBe('INPUT');
      expect(field.getAttribute('type')).toBe('text');
      expect(field.className).toBe('govuk-input govuk-js-character-count govuk-input--width-20');
      expect(field.getAttribute('aria-describedby')).toBe('reference-hint reference-info');
      expect(document.getElementById('reference-info')?.textContent).toBe('You can enter up to 10 characters');
      expect(field.hasAttribute('maxlength')).toBe(false);
    });

    it('shows the error on the field and says it to screen readers', () => {
      render(<Reference error="Reference must be 10 characters or fewer" />);
      const field = screen.getByRole('textbox', { name: 'Reference' });
      expect(field.getAttribute('aria-describedby')).toBe('reference-hint reference-error reference-info');
      expect(field.className).toContain('govuk-input--error');
      expect(document.getElementById('reference-error')?.textContent).toBe('Error: Reference must be 10 characters or fewer');
    });

    describe('with GOV.UK Frontend’s script', () => {
      beforeAll(() => document.body.classList.add('govuk-frontend-supported'));
      afterAll(() => document.body.classList.remove('govuk-frontend-supported'));

      it('counts what is left as the person types, and what is over the limit', () => {
        render(<Reference />);
        const field = screen.getByRole('textbox', { name: 'Reference' });
        fireEvent.input(field, { target: { value: 'OP-123' } });
        expect(document.querySelector('.govuk-character-count__status')?.textContent?.trim()).toBe('You have 4 characters remaining');
        fireEvent.input(field, { target: { value: 'OP-123-ABCDE' } });
        expect(document.querySelector('.govuk-character-count__status')?.textContent?.trim()).toBe('You have 2 characters too many');
      });
    });
  });
});
