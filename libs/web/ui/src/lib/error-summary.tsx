import { useRef } from 'react';
import { ErrorSummary as GovukErrorSummary } from './govuk-frontend.js';
import { useGovukComponent } from './use-govuk-component.js';

export interface ErrorSummaryItem {
  readonly text: string;
  /** The field at fault, as `#id`: the link moves the focus to it. Without it the item is plain text. */
  readonly href?: string;
}

export interface ErrorSummaryProps {
  /** "There is a problem". */
  readonly title: string;
  readonly errors: readonly ErrorSummaryItem[];
}

/**
 * The GOV.UK error summary, at the top of the main content. It takes the keyboard focus when it appears,
 * so a screen reader reads it out: give it a new `key` for each failed attempt, so that it appears (and
 * takes the focus) again.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukErrorSummary);
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary" data-testid="error-summary">
      {/* role="alert" on a child: the announcement is not cut short by the focus moving to the summary. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href ?? ''}${error.text}`}>
                {error.href === undefined ? error.text : <a href={error.href}>{error.text}</a>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
