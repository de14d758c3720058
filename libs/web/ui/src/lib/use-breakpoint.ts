import { useCallback, useSyncExternalStore } from 'react';

export type Breakpoint = 'mobile' | 'tablet' | 'desktop';

/** GOV.UK Frontend's breakpoints, for where its stylesheet (which sets them on `:root`) has not loaded. */
const FALLBACK: Record<Breakpoint, string> = { mobile: '20rem', tablet: '40.0625rem', desktop: '61.875rem' };

/** The width from which a breakpoint applies, as GOV.UK Frontend's own scripts read it. */
function breakpointWidth(name: Breakpoint): string {
  const value = window.getComputedStyle(document.documentElement).getPropertyValue(`--govuk-breakpoint-${name}`).trim();
  return value === '' ? FALLBACK[name] : value;
}

const queries = new Map<Breakpoint, MediaQueryList>();

/** One media query list a breakpoint: every render asks it, and reading the stylesheet each time would cost. */
function query(name: Breakpoint): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  let list = queries.get(name);
  if (list === undefined) {
    list = window.matchMedia(`(min-width: ${breakpointWidth(name)})`);
    queries.set(name, list);
  }
  return list;
}

/**
 * True while the window is at least as wide as one of GOV.UK Frontend's breakpoints, and updated as it
 * changes. Where the width cannot be known (no `matchMedia`) it answers true: the wide layout, which shows
 * everything.
 */
export function useFromBreakpoint(name: Breakpoint): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = query(name);
      list?.addEventListener('change', changed);
      return () => list?.removeEventListener('change', changed);
    },
    [name],
  );
  return useSyncExternalStore(subscribe, () => query(name)?.matches ?? true);
}
