export type { Brand } from './lib/brand.js';
export { Button, ButtonGroup, type ButtonGroupProps, type ButtonProps } from './lib/button.js';
export { DemoBanner, type DemoBannerProps } from './lib/demo-banner.js';
export { TITLE_SEPARATOR, useDocumentTitle } from './lib/document-title.js';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './lib/error-summary.js';
export { Footer, type FooterLink, type FooterProps } from './lib/footer.js';
export {
  Header,
  type HeaderProps,
  type ServiceNavigationButton,
  type ServiceNavigationItem,
  type ServiceNavigationLink,
} from './lib/header.js';
export { LinkProvider, ServiceLink, type LinkComponent, type LinkProps } from './lib/link.js';
export { NotificationBanner, type NotificationBannerProps } from './lib/notification-banner.js';
export { PageLayout, type PageLayoutProps } from './lib/page-layout.js';
export {
  PASSWORD_INPUT_TEXTS,
  PasswordInput,
  type PasswordInputProps,
  type PasswordInputTexts,
} from './lib/password-input.js';
export { PhaseBanner, type PhaseBannerProps } from './lib/phase-banner.js';
export { SkipLink, type SkipLinkProps } from './lib/skip-link.js';
export { StartButton, type StartButtonProps } from './lib/start-button.js';
export { SummaryList, type SummaryListRow } from './lib/summary-list.js';
export { TextInput, type FieldProps, type TextInputProps } from './lib/text-input.js';
export type { AutoFocusConfig, ButtonConfig, GovukComponentClass } from './lib/govuk-frontend.js';
export { useGovukComponent } from './lib/use-govuk-component.js';
export { BackLink } from './lib/back-link.js';
export { DATE_INPUT_TEXTS, DateInput, dateInputClass, datePartsOf, EMPTY_DATE, isoDateOf, type DateInputProps, type DateInputTexts, type DateParts } from './lib/date-input.js';
export { Radios, type RadioOption, type RadiosProps } from './lib/radios.js';
export { Select, type SelectOption, type SelectProps } from './lib/select.js';
export { Table, type TableProps } from './lib/table.js';
export { Tag, type TagColour, type TagProps } from './lib/tag.js';
export { Textarea, type TextareaProps } from './lib/textarea.js';
export { Checkboxes, choiceId, RevealRadios, type CheckboxesProps, type Choice, type RevealRadiosProps } from './lib/choices.js';
export { Pagination, type PaginationProps } from './lib/pagination.js';
export { ERRORS_NAMESPACE, errorsResources } from './lib/form-problems/errors-namespace.js';
export { problemWords } from './lib/form-problems/problem-words.js';
export { useFormProblems, type FormProblems } from './lib/form-problems/use-form-problems.js';
export type { Translation } from './lib/translation.js';
export { CharacterCount, CharacterCountInput, type CharacterCountInputProps, type CharacterCountProps, type CharacterCountTexts } from './lib/character-count.js';
