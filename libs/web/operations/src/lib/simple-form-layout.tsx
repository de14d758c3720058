import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { BackLink, Button, ButtonGroup, ErrorSummary, ServiceLink, useDocumentTitle, WarningText as UiWarningText } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import type { Attempt } from './problems.js';

export interface FormPageLayoutProps {
  readonly title: string;
  /** The operation's reference, over the heading. */
  readonly caption?: string;
  readonly backHref: string;
  readonly attempt: Attempt;
  readonly children: ReactNode;
}

/** A page with one small form about an operation: back link, error summary, caption and heading. */
export function FormPageLayout({ title, caption, backHref, attempt, children }: FormPageLayoutProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  useDocumentTitle(attempt.problems.length > 0 ? `${t('errorPrefix')}: ${title}` : title, SERVICE_NAME);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref}>{t('back')}</BackLink>
        {attempt.problems.length > 0 && (
          <ErrorSummary
            key={attempt.failed}
            title={t('errorSummaryTitle')}
            errors={attempt.problems.map((problem) => ({ text: problem.message, href: problem.field === undefined ? undefined : `#${problem.field}` }))}
          />
        )}
        {caption !== undefined && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}

/** GOV.UK's warning text, its hidden label in the reader's language. */
export function WarningText({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return <UiWarningText hiddenLabel={t('warningText')}>{children}</UiWarningText>;
}

export interface SubmitOrCancelProps {
  readonly submit: string;
  readonly cancelHref: string;
  /** "Cancel" unless said otherwise (e.g. "Back" where cancelling is the page's own action). */
  readonly cancelText?: string;
  readonly variant?: 'primary' | 'warning';
}

/** The form's button and, beside it, the link back to the operation without changing anything. */
export function SubmitOrCancel({ submit, cancelHref, cancelText, variant = 'primary' }: SubmitOrCancelProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <ButtonGroup>
      <Button variant={variant}>{submit}</Button>
      <ServiceLink className="govuk-link" href={cancelHref}>
        {cancelText ?? t('cancel')}
      </ServiceLink>
    </ButtonGroup>
  );
}
