import { act, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Problem } from '@liaise/shared-domain';
import { ERRORS_NAMESPACE, errorsResources } from './errors-namespace.js';
import { useFormProblems, type FormProblems } from './use-form-problems.js';

type Field = 'email' | 'name';
const FIELD_IDS = { email: 'email-input', name: 'name-input' } as const;

function i18n(language = 'en') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    ns: [ERRORS_NAMESPACE, 'test'],
    resources: {
      en: {
        [ERRORS_NAMESPACE]: errorsResources.en,
        test: {
          problems: { STALE: 'Someone else changed this organisation first' },
          details: { problems: { name: { DUPLICATE_NAME: 'An organisation called {{name}} already exists' }, TOO_LONG: 'What is typed for {{what}} is too long' } },
        },
      },
      cy: { [ERRORS_NAMESPACE]: { summaryTitle: 'Mae yna broblem' } },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

let form: FormProblems<Field>;
function Form() {
  form = useFormProblems<Field>('test:details', FIELD_IDS);
  return (
    <>
      {form.summary()}
      <p data-testid="email-error">{form.errorFor('email')}</p>
      <p data-testid="name-error">{form.errorFor('name')}</p>
      <input id={FIELD_IDS.email} />
      <button type="button" onClick={() => form.fail([{ field: 'email', code: 'EMAIL_HAS_ACCOUNT' }])}>
        Send
      </button>
    </>
  );
}

const show = (language?: string) =>
  render(
    <I18nextProvider i18n={i18n(language)}>
      <Form />
    </I18nextProvider>,
  );
const fail = (problems: readonly Problem[] | undefined) => act(() => form.fail(problems));

beforeAll(() => document.body.classList.add('govuk-frontend-supported'));

describe('a form’s problems', () => {
  it('shows nothing before an attempt fails', () => {
    show();
    expect(screen.queryByTestId('error-summary')).toBeNull();
    expect(form.failed).toBe(false);
    expect(form.title('Your details')).toBe('Your details');
  });

  it('words each problem: the form’s words for the field first, with params, else the code’s', () => {
    show();
    fail([
      { field: 'name', code: 'DUPLICATE_NAME', params: { name: 'Safe Harbour' } },
      { field: 'email', code: 'EMAIL_HAS_ACCOUNT' },
    ]);
    expect(screen.getByTestId('name-error').textContent).toBe('An organisation called Safe Harbour already exists');
    expect(screen.getByTestId('email-error').textContent).toBe('This e-mail address already has a Liaise account');
    expect(screen.getByRole('link', { name: 'An organisation called Safe Harbour already exists' }).getAttribute('href')).toBe('#name-input');
    expect(screen.getByRole('link', { name: 'This e-mail address already has a Liaise account' }).getAttribute('href')).toBe('#email-input');
    expect(form.title('Your details')).toBe('Error: Your details');
  });

  it('keeps the first problem of a field, and a problem of the whole form as plain text, in the feature’s words', () => {
    show();
    fail([{ field: 'email', code: 'EMAIL_HAS_ACCOUNT' }, { field: 'email', code: 'INVITATION_PENDING' }, { code: 'STALE' }]);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'This e-mail address already has a Liaise account',
      'Someone else changed this organisation first',
    ]);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('words a field’s problem in the form’s words for its code when it has none for that field', () => {
    show();
    fail([{ field: 'name', code: 'TOO_LONG', params: { what: 'the name' } }]);
    expect(screen.getByTestId('name-error').textContent).toBe('What is typed for the name is too long');
    expect(screen.getByRole('link', { name: 'What is typed for the name is too long' }).getAttribute('href')).toBe('#name-input');
  });

  it('says how long a sign-in pause lasts, and why a password is weak, from the api’s params', () => {
    show();
    fail([{ field: 'email', code: 'SIGN_IN_PAUSED', params: { minutes: 1 } }, { field: 'name', code: 'WEAK_PASSWORD', params: { reason: 'TOO_COMMON' } }]);
    expect(screen.getByTestId('email-error').textContent).toBe('Too many attempts to sign in: try again in 1 minute');
    expect(screen.getByTestId('name-error').textContent).toBe('Password is too easy to guess: choose a phrase of several unrelated words');
    fail([{ field: 'email', code: 'SIGN_IN_PAUSED', params: { minutes: 15 } }, { field: 'name', code: 'WEAK_PASSWORD', params: { reason: 'CONTAINS_PERSONAL_DETAIL' } }]);
    expect(screen.getByTestId('email-error').textContent).toBe('Too many attempts to sign in: try again in 15 minutes');
    expect(screen.getByTestId('name-error').textContent).toBe('Password must not contain your name, e-mail address or organisation');
  });

  it('puts a problem on a field the form does not have on the form as a whole', () => {
    show();
    fail([{ field: 'input.organisationId', code: 'NOT_FOUND' }]);
    expect(screen.getByRole('listitem').textContent).toBe('This page or item was not found: it may have been removed');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says the service failed, in general words, when there is no refusal to show', () => {
    show();
    fail(undefined);
    expect(screen.getByRole('listitem').textContent).toBe('Sorry, there is a problem with the service. Try again later.');
    expect(form.failed).toBe(true);
  });

  it('words a code by the reason it gives, where there are words for it', () => {
    show();
    fail([{ field: 'name', code: 'WEAK_PASSWORD', params: { reason: 'TOO_SHORT' } }, { field: 'email', code: 'WEAK_PASSWORD', params: { reason: 'NEW_REASON' } }]);
    expect(screen.getByTestId('name-error').textContent).toBe('Password must be 12 characters or more');
    expect(screen.getByTestId('email-error').textContent).toBe('Choose a stronger password');
  });

  it('gives generic words to a code this web does not know (an older api)', () => {
    show();
    fail([{ field: 'email', code: 'SOMETHING_NEW' as Problem['code'] }]);
    expect(screen.getByTestId('email-error').textContent).toBe('Sorry, there is a problem with the service. Try again later.');
  });

  it('moves the focus to the summary on each failed attempt, the same problems or not', () => {
    show();
    const send = screen.getByRole('button', { name: 'Send' });
    fireEvent.click(send);
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
    send.focus();
    fireEvent.click(send);
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
  });

  it('forgets the problems when cleared', () => {
    show();
    fail([{ field: 'email', code: 'EMAIL_HAS_ACCOUNT' }]);
    act(() => form.clear());
    expect(screen.queryByTestId('error-summary')).toBeNull();
    expect(screen.getByTestId('email-error').textContent).toBe('');
  });

  it('shows English words where the Welsh has none yet', () => {
    show('cy');
    fail([{ field: 'email', code: 'EMAIL_HAS_ACCOUNT' }]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Mae yna broblem');
    expect(screen.getByTestId('email-error').textContent).toBe('This e-mail address already has a Liaise account');
  });
});
