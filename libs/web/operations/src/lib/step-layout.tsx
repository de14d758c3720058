import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { BackLink, ServiceLink, useDocumentTitle, type FormProblems } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { STEPS, type Step } from './paths.js';

export interface StepLayoutProps {
  readonly step: Step;
  /** The step's heading, and the page's title. */
  readonly title: string;
  /** The operation's reference, or none for a new operation. */
  readonly reference?: string;
  readonly backHref: string;
  readonly wide?: boolean;
  /** The step's problems (`useFormProblems`): the error summary, and the title marked while there are some. */
  readonly form: FormProblems<string>;
  readonly children: ReactNode;
}

/**
 * A step of the form that plans an operation: the back link, the error summary (with a way to reload the
 * operation when someone else changed it), "Step n of 4" and the step's heading.
 */
export function StepLayout({ step, title, reference, backHref, wide = false, form, children }: StepLayoutProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const location = useLocation();
  useDocumentTitle(form.title(title), SERVICE_NAME);
  // A full page load: the operation as it is now, the form started afresh from it.
  const reloadHref = `${location.pathname}${location.search}`;
  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        <BackLink href={backHref}>{t('back')}</BackLink>
        {form.summary()}
        {form.problems.some((problem) => problem.code === 'STALE') && (
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={reloadHref}>
              {t('reload')}
            </ServiceLink>
          </p>
        )}
        <span className="govuk-caption-l">
          {t('steps.caption', { number: STEPS.indexOf(step) + 1 })}
          {' – '}
          {reference ?? t('steps.newOperation')}
        </span>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}
