import { useEffect } from 'react';

/** The separator of the parts of a page title: "Accessibility statement – Liaise". */
export const TITLE_SEPARATOR = ' – ';

/** Sets the document's `<title>` from its parts, most specific first. */
export function useDocumentTitle(...parts: readonly string[]): void {
  const title = parts.filter((part) => part !== '').join(TITLE_SEPARATOR);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
