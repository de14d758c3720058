import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { Button, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { AUTH_NAMESPACE } from './i18n.js';
import { nextSignInPath, RETURN_TO_PARAM, signInPath, type SignInStep } from './paths.js';
import { isSessionEndedError } from './session-ended.js';
import { signInLocationState } from './sign-in-notice.js';
import { useTwoFactorEnrolment, useVerifySecondFactor, type TwoFactorEnrolment } from './use-second-factor.js';
import { resetSession, useViewer } from './use-viewer.js';

/** The code field's id: the error summary links to it. */
export const CODE_FIELD_ID = 'code';

const CODE_FIELD_IDS = { code: CODE_FIELD_ID } as const;

/**
 * Where someone on a page of the second step belongs: nowhere else (undefined) while their session is at
 * that step; the sign-in page without a session; the next step, or where they were going, past it.
 */
function useStepGate(step: Exclude<SignInStep, 'DONE'>): { readonly redirect?: string; readonly checking: boolean; readonly returnTo: string | null } {
  const [searchParams] = useSearchParams();
  const returnTo = searchParams.get(RETURN_TO_PARAM);
  const { viewer, error } = useViewer();
  if (viewer === null) return { redirect: signInPath(returnTo), checking: false, returnTo };
  if (viewer === undefined) {
    if (error !== undefined && !isSessionEndedError(error)) throw error;
    return { checking: true, returnTo };
  }
  if (viewer.secondFactorStep !== step) return { redirect: nextSignInPath(viewer.secondFactorStep, returnTo), checking: false, returnTo };
  return { checking: false, returnTo };
}

function Checking({ text }: { text?: string }) {
  const { t } = useTranslation(AUTH_NAMESPACE);
  return (
    <p className="govuk-body" role="status">
      {text ?? t('requireSignIn.loading')}
    </p>
  );
}

/** A form of one code: `step` is where its words are (`secondFactor`, `setUp`). */
function useCodeForm(step: string) {
  const [code, setCode] = useState('');
  const problems = useFormProblems<'code'>(`${AUTH_NAMESPACE}:${step}`, CODE_FIELD_IDS);
  /** True when the field is filled in; else shows that it must be. */
  const checkFilledIn = (): boolean => {
    if (code.trim() !== '') return true;
    problems.fail([{ field: 'code', code: 'REQUIRED' }]);
    return false;
  };
  return { code, setCode, problems, checkFilledIn };
}

function Column({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

/**
 * The second step of signing in, for roles that need it (police users, managers, administrators): a code
 * from the authenticator app, or a recovery code. Accepted, the person goes where they were going.
 */
export function SecondFactorPage() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const { redirect, checking, returnTo } = useStepGate('ENTER_CODE');
  const { verify, verifying } = useVerifySecondFactor();
  const navigate = useNavigate();
  const client = useApolloClient();
  const form = useCodeForm('secondFactor');
  useDocumentTitle(form.problems.title(t('secondFactor.title')), SERVICE_NAME);

  // Once the code is accepted, the cache has the person fully signed in: the gate sends them on.
  if (redirect !== undefined) return <Navigate to={redirect} replace />;
  if (checking) return <Checking />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (verifying || !form.checkFilledIn()) return;
    const outcome = await verify(form.code);
    if (outcome.accepted) return;
    if ('signInAgain' in outcome) {
      // To the sign-in page with the reason, before the cache forgets the person (this page would otherwise
      // send them there without it).
      await navigate(signInPath(returnTo), { state: signInLocationState('tooManyWrongCodes'), replace: true, flushSync: true });
      await resetSession(client, null);
      return;
    }
    form.setCode('');
    form.problems.fail(outcome.problems);
  };

  return (
    <Column>
      {form.problems.summary()}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id={CODE_FIELD_ID}
          name="code"
          label={t('secondFactor.title')}
          labelIsPageHeading
          hint={t('secondFactor.hint')}
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          widthClass="govuk-input--width-10"
          value={form.code}
          onChange={(event) => form.setCode(event.target.value)}
          error={form.problems.errorFor('code')}
          errorPrefix={form.problems.errorPrefix}
        />
        <Button>{t('secondFactor.button')}</Button>
      </form>
      <h2 className="govuk-heading-m">{t('secondFactor.whyHeading')}</h2>
      <p className="govuk-body">{t('secondFactor.why')}</p>
      <p className="govuk-body">{t('secondFactor.help')}</p>
    </Column>
  );
}

/** The QR code the api drew, as an image: an `<img>` runs nothing in the SVG it shows. */
function QrCode({ svg, alt }: { svg: string; alt: string }) {
  return <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={alt} width={200} height={200} />;
}

/** The secret in groups of four, easier to type. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

function RecoveryCodes({ codes, returnTo }: { codes: readonly string[]; returnTo: string | null }) {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('recoveryCodes.title'), SERVICE_NAME);
  // A new page at the same address: the focus goes to its heading, as after moving to another page.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Column>
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        {t('recoveryCodes.title')}
      </h1>
      <p className="govuk-body">{t('recoveryCodes.intro')}</p>
      <ul className="govuk-list govuk-!-font-size-24" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('recoveryCodes.warningPrefix')}</span>
          {t('recoveryCodes.warning')}
        </strong>
      </div>
      <Button type="button" onClick={() => void navigate(nextSignInPath('DONE', returnTo), { replace: true })}>
        {t('recoveryCodes.button')}
      </Button>
    </Column>
  );
}

type SetUpPhase =
  | { readonly name: 'form' }
  /** The code is with the api: the cache may already say the person is fully signed in. */
  | { readonly name: 'confirming' }
  | { readonly name: 'done'; readonly recoveryCodes: readonly string[] };

/**
 * Setting up the authenticator app, the first time someone whose role needs two-factor sign-in signs in:
 * the secret (a QR code, or a key to type), a code from the app to confirm it, then the recovery codes,
 * shown this once.
 */
export function SetUpAuthenticatorPage() {
  const { t } = useTranslation(AUTH_NAMESPACE);
  const { redirect, checking, returnTo } = useStepGate('ENROL');
  const { begin, confirm, confirming } = useTwoFactorEnrolment();
  const form = useCodeForm('setUp');
  const [phase, setPhase] = useState<SetUpPhase>({ name: 'form' });
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  const begun = useRef(false);
  useDocumentTitle(form.problems.title(t('setUp.title')), SERVICE_NAME);

  const ready = redirect === undefined && !checking;
  useEffect(() => {
    // Once: each request replaces the secret, and the app must get the one the api keeps.
    if (!ready || begun.current) return;
    begun.current = true;
    begin().then(setEnrolment, (error: unknown) => {
      if (!isSessionEndedError(error)) setFailure({ error });
    });
  }, [ready, begin]);

  if (failure !== undefined) throw failure.error;
  if (phase.name === 'done') return <RecoveryCodes codes={phase.recoveryCodes} returnTo={returnTo} />;
  if (phase.name === 'form' && redirect !== undefined) return <Navigate to={redirect} replace />;
  if (checking) return <Checking />;
  if (enrolment === undefined) return <Checking text={t('setUp.loading')} />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirming || !form.checkFilledIn()) return;
    setPhase({ name: 'confirming' });
    const outcome = await confirm(form.code);
    if (outcome.accepted) {
      setPhase({ name: 'done', recoveryCodes: outcome.recoveryCodes });
      return;
    }
    setPhase({ name: 'form' });
    form.setCode('');
    form.problems.fail(outcome.problems);
  };

  return (
    <Column>
      {form.problems.summary()}
      <h1 className="govuk-heading-l">{t('setUp.title')}</h1>
      <p className="govuk-body">{t('setUp.intro')}</p>
      <h2 className="govuk-heading-m">{t('setUp.installHeading')}</h2>
      <p className="govuk-body">{t('setUp.install')}</p>
      <h2 className="govuk-heading-m">{t('setUp.scanHeading')}</h2>
      <p className="govuk-body">{t('setUp.scan')}</p>
      <p className="govuk-body">
        <QrCode svg={enrolment.qrCodeSvg} alt={t('setUp.qrAlt')} />
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('setUp.cannotScan')}</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">{t('setUp.secretText')}</p>
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="totp-secret">
            <code>{grouped(enrolment.secret)}</code>
          </p>
        </div>
      </details>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <h2 className="govuk-heading-m">{t('setUp.confirmHeading')}</h2>
        <TextInput
          id={CODE_FIELD_ID}
          name="code"
          label={t('setUp.codeLabel')}
          hint={t('setUp.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          widthClass="govuk-input--width-5"
          value={form.code}
          onChange={(event) => form.setCode(event.target.value)}
          error={form.problems.errorFor('code')}
          errorPrefix={form.problems.errorPrefix}
        />
        <Button>{t('setUp.button')}</Button>
      </form>
    </Column>
  );
}
