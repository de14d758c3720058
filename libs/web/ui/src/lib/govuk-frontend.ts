/**
 * The part of govuk-frontend's JavaScript that Liaise uses, with types: the package ships none. Import
 * govuk-frontend's JavaScript from here, and add what another component needs (see
 * node_modules/govuk-frontend/dist/govuk/all.mjs). A wrapper module rather than a `declare module` file:
 * every project that compiles this library's source gets the types without a reference or tsconfig entry.
 */
import {
  Button as untypedButton,
  CharacterCount as untypedCharacterCount,
  ErrorSummary as untypedErrorSummary,
  isSupported as untypedIsSupported,
  NotificationBanner as untypedNotificationBanner,
  SkipLink as untypedSkipLink,
  // @ts-expect-error -- govuk-frontend has no type declarations; the exports below type what is used.
} from 'govuk-frontend';

/** The class of a GOV.UK Frontend component: constructed on its root element, named by its `data-module`. */
export interface GovukComponentClass<TConfig = never> {
  new ($root: Element, config?: TConfig): unknown;
  readonly moduleName: string;
}

export interface ButtonConfig {
  readonly preventDoubleClick?: boolean;
}

export interface AutoFocusConfig {
  /** When true, the component does not take the focus as it starts. */
  readonly disableAutoFocus?: boolean;
}

/** True when the body is marked `govuk-frontend-supported` (apps/web/src/js-enabled.ts). */
export const isSupported: ($scope?: HTMLElement | null) => boolean = untypedIsSupported;
export const Button: GovukComponentClass<ButtonConfig> = untypedButton;
export const SkipLink: GovukComponentClass = untypedSkipLink;

/** GOV.UK Frontend's words for the count, `%{count}` being the number (plural forms `one` and `other`). */
export interface CharacterCountConfig {
  readonly maxlength: number;
  readonly i18n?: {
    readonly charactersUnderLimit?: { readonly one: string; readonly other: string };
    readonly charactersAtLimit?: string;
    readonly charactersOverLimit?: { readonly one: string; readonly other: string };
  };
}
export const CharacterCount: GovukComponentClass<CharacterCountConfig> = untypedCharacterCount;
/** Takes the focus as it starts; moves the focus to a field when one of its links is followed. */
export const ErrorSummary: GovukComponentClass<AutoFocusConfig> = untypedErrorSummary;
/** A banner with `role="alert"` takes the focus as it starts. */
export const NotificationBanner: GovukComponentClass<AutoFocusConfig> = untypedNotificationBanner;
