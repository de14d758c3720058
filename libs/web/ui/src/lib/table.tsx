import type { ReactNode } from 'react';

export interface TableProps {
  /** What the table is: read first by screen readers. */
  readonly caption: ReactNode;
  /** `m` (the default) or `s`, or `visually-hidden` when a heading above says it already. */
  readonly captionSize?: 'l' | 'm' | 's' | 'visually-hidden';
  readonly head: readonly ReactNode[];
  /** Each row's key and cells; the first cell is the row's header. */
  readonly rows: readonly { readonly key: string; readonly cells: readonly ReactNode[] }[];
  readonly testId?: string;
}

/** GOV.UK's table, its first column the rows' headers. */
export function Table({ caption, captionSize = 'm', head, rows, testId }: TableProps) {
  const captionClass =
    captionSize === 'visually-hidden' ? 'govuk-table__caption govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`;
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell, index) => (
            <th key={index} scope="col" className="govuk-table__header">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row">
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={index} className="govuk-table__cell">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
