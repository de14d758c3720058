/**
 * The part of govuk-frontend's JavaScript that Liaise uses, with types: the package ships none. Import
 * govuk-frontend's JavaScript from here, and add what another component needs (see
 * node_modules/govuk-frontend/dist/govuk/all.mjs). A wrapper module rather than a `declare module` file:
 * every project that compiles this library's source gets the types without a reference or tsconfig entry.
 */
// @ts-expect-error -- govuk-frontend has no type declarations; the exports below type what is used.
import { Button as untypedButton, isSupported as untypedIsSupported, SkipLink as untypedSkipLink } from 'govuk-frontend';

/** The class of a GOV.UK Frontend component: constructed on its root element, named by its `data-module`. */
export interface GovukComponentClass<TConfig = never> {
  new ($root: Element, config?: TConfig): unknown;
  readonly moduleName: string;
}

export interface ButtonConfig {
  readonly preventDoubleClick?: boolean;
}

/** True when the inline script in index.html marked the body `govuk-frontend-supported`. */
export const isSupported: ($scope?: HTMLElement | null) => boolean = untypedIsSupported;
export const Button: GovukComponentClass<ButtonConfig> = untypedButton;
export const SkipLink: GovukComponentClass = untypedSkipLink;
