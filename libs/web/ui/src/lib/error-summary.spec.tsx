import { render, screen } from '@testing-library/react';
import { ErrorSummary } from './error-summary.js';

beforeAll(() => document.body.classList.add('govuk-frontend-supported'));

describe('the error summary', () => {
  it('lists each problem, linking to its field, and takes the focus', () => {
    render(<ErrorSummary title="There is a problem" errors={[{ text: 'Enter your e-mail address', href: '#email' }, { text: 'The service is busy' }]} />);
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enter your e-mail address' }).getAttribute('href')).toBe('#email');
    expect(screen.getByText('The service is busy').tagName).toBe('LI');
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
  });
});
