export { AccessibilityStatementPage, STATEMENT_PREPARED, STATEMENT_REVIEWED } from './lib/accessibility-statement-page.js';
export { SERVICE_NAMESPACE, serviceResources } from './lib/i18n.js';
export { SIGN_IN_PATH, StartPage } from './lib/start-page.js';
export { SERVICE_INFO_QUERY, useServiceInfo, type ServiceInfo, type ServiceInfoResult } from './lib/use-service-info.js';
export type { ServiceMessages } from './locales/en.js';
