export { DateTimeInput, type DateTimeInputProps, type DateTimeInputTexts } from './lib/date-time-input.js';
export { dateTimePartsOf, EMPTY_DATE_TIME, instantOf, type DateTimeParts, type DateTimeResult } from './lib/date-time.js';
export { FormPageLayout, SubmitOrCancel, type FormPageLayoutProps, type SubmitOrCancelProps } from './lib/form-page-layout.js';
export { COMMON_NAMESPACE, commonResources } from './lib/i18n.js';
export * from './lib/list-filter.js';
export * from './lib/uk-time.js';
export { WarningText } from './lib/warning-text.js';
export type { CommonMessages } from './locales/en.js';
export { AttendeeName, InvitationStatusTag, MshtWarningTag, OperationStateTag, type AttendeeNameProps } from './lib/tags.js';
