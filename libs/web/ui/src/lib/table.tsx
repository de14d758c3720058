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

function isEmpty(cell: ReactNode): boolean {
  return cell === null || cell === undefined || cell === false || cell === '';
}

/**
 * GOV.UK's table, its first column the rows' headers.
 *
 * Below tablet width (`liaise-table` in apps/web/src/styles.scss) each row stands as a block of its cells,
 * each cell under its column's name (`data-label`, from a header given as text), like a summary list: a
 * phone never scrolls sideways. The stylesheet shows those names to the eye only; screen readers keep the
 * table's own headers, and the explicit roles keep the table a table in browsers that drop its semantics
 * when its display changes (Safari on a phone among them).
 */
export function Table({ caption, captionSize = 'm', head, rows, testId }: TableProps) {
  const captionClass =
    captionSize === 'visually-hidden' ? 'govuk-table__caption govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`;
  const labels = head.map((cell) => (typeof cell === 'string' ? cell : undefined));
  return (
    <table className="govuk-table liaise-table" role="table" data-testid={testId}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head" role="rowgroup">
        <tr className="govuk-table__row" role="row">
          {head.map((cell, index) => (
            <th key={index} scope="col" className="govuk-table__header" role="columnheader">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body" role="rowgroup">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row" role="row">
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="govuk-table__header" role="rowheader" data-label={labels[index]}>
                  {cell}
                </th>
              ) : (
                <td
                  key={index}
                  className={isEmpty(cell) ? 'govuk-table__cell liaise-table__cell--empty' : 'govuk-table__cell'}
                  role="cell"
                  data-label={labels[index]}
                >
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
