import { useEffect, type RefObject } from 'react';
import { isSupported, type GovukComponentClass } from './govuk-frontend.js';

/**
 * Runs a GOV.UK Frontend component's JavaScript on the element `ref` points at, once that element is in the
 * page. React renders these elements after `initAll()` would have run, so each component initialises its own.
 *
 * Does nothing where GOV.UK Frontend is not supported (the body lacks `govuk-frontend-supported`, as in
 * jsdom tests) or when the element was initialised already (React's strict mode runs effects twice).
 * GOV.UK Frontend components have no teardown: their listeners go with the element.
 */
export function useGovukComponent<TConfig>(
  ref: RefObject<Element | null>,
  Component: GovukComponentClass<TConfig>,
  config?: TConfig,
): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null || !isSupported(document.body)) return;
    if (element.hasAttribute(`data-${Component.moduleName}-init`)) return;
    try {
      new Component(element, config);
    } catch (error: unknown) {
      // The markup still works without the enhancement; say why it is missing.
      console.error(error);
    }
    // A component reads its config once, when it starts: a later config finds it initialised and is ignored.
  }, [ref, Component, config]);
}
