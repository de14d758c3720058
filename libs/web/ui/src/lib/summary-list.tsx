import type { ReactNode } from 'react';

export interface SummaryListRow {
  readonly key: string;
  readonly value: ReactNode;
}

/** GOV.UK's summary list: facts as key and value, one a row. */
export function SummaryList({ rows }: { readonly rows: readonly SummaryListRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
