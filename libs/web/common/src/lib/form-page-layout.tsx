import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { BackLink, Button, ButtonGroup, ServiceLink, useDocumentTitle, type FormProblems } from '@liaise/web-ui';
import { COMMON_NAMESPACE } from './i18n.js';

export interface FormPageLayoutProps<F extends string> {
  readonly title: string;
  /** What the form is about (an operation's reference, say), over the heading. */
  readonly caption?: string;
  readonly backHref: string;
  readonly form: FormProblems<F>;
  readonly children: ReactNode;
}

/** A page with one small form: back link, error summary, caption and heading, then the form. */
export function FormPageLayout<F extends string>({ title, caption, backHref, form, children }: FormPageLayoutProps<F>) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  useDocumentTitle(form.title(title), SERVICE_NAME);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref}>{t('back')}</BackLink>
        {form.summary()}
        {caption !== undefined && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}

export interface SubmitOrCancelProps {
  readonly submit: string;
  readonly cancelHref: string;
  /** "Cancel" unless said otherwise (e.g. "Back" where cancelling is the page's own action). */
  readonly cancelText?: string;
  readonly variant?: 'primary' | 'warning';
}

/** The form's button and, beside it, the link back without changing anything. */
export function SubmitOrCancel({ submit, cancelHref, cancelText, variant = 'primary' }: SubmitOrCancelProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <ButtonGroup>
      <Button variant={variant}>{submit}</Button>
      <ServiceLink className="govuk-link" href={cancelHref}>
        {cancelText ?? t('cancel')}
      </ServiceLink>
    </ButtonGroup>
  );
}
