import { ServiceLink } from './link.js';

export interface PaginationProps {
  /** The landmark's label ("Pages of operations"). */
  readonly label: string;
  /** Where the previous and next pages are (undefined: there is none). */
  readonly previousHref?: string;
  readonly nextHref?: string;
  readonly previousText: string;
  readonly nextText: string;
}

/** GOV.UK's pagination for lists read page by page through a cursor: "Previous" and "Next" only. */
export function Pagination({ label, previousHref, nextHref, previousText, nextText }: PaginationProps) {
  if (previousHref === undefined && nextHref === undefined) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previousHref !== undefined && (
        <div className="govuk-pagination__prev">
          <ServiceLink className="govuk-link govuk-pagination__link" href={previousHref} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">{previousText}</span>
          </ServiceLink>
        </div>
      )}
      {nextHref !== undefined && (
        <div className="govuk-pagination__next">
          <ServiceLink className="govuk-link govuk-pagination__link" href={nextHref} rel="next">
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
            <span className="govuk-pagination__link-title">{nextText}</span>
          </ServiceLink>
        </div>
      )}
    </nav>
  );
}
