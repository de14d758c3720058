import type { ReactNode } from 'react';
import { ServiceLink } from '@liaise/web-ui';

export interface SummaryRow {
  /** What tells the row from the others when its label might not (a partner's id, say); the label when absent. */
  readonly id?: string;
  readonly key: string;
  readonly value: ReactNode;
  /** A "Change" link to where the answer is given. */
  readonly change?: { readonly href: string; readonly text: string; readonly hiddenText: string };
}

/** GOV.UK's summary list, with a "Change" link on the rows that have one (the "Check your answers" pattern). */
export function ReviewSummaryList({ rows, testId }: { readonly rows: readonly SummaryRow[]; readonly testId?: string }) {
  const anyChange = rows.some((row) => row.change !== undefined);
  return (
    <dl className="govuk-summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div key={row.id ?? row.key} className={anyChange && row.change === undefined ? 'govuk-summary-list__row govuk-summary-list__row--no-actions' : 'govuk-summary-list__row'}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change !== undefined && (
            <dd className="govuk-summary-list__actions">
              <ServiceLink className="govuk-link" href={row.change.href}>
                {row.change.text}
                <span className="govuk-visually-hidden"> {row.change.hiddenText}</span>
              </ServiceLink>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** Lines of text, each on its own line. */
export function Lines({ lines }: { readonly lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className="govuk-!-display-block">
          {line}
        </span>
      ))}
    </>
  );
}
