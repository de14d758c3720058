import { useTranslation } from 'react-i18next';
import type { OperationAction } from '@liaise/shared-domain';
import { Button, ServiceLink } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import type { NextSteps } from './next-steps.js';

export interface ActionsSectionProps extends NextSteps {
  readonly onAction: (action: OperationAction) => void;
}

/** What can be done next: the one-click moves as buttons (the first moves forward, so primary), the rest as links. */
export function ActionsSection({ buttons, links, onAction }: ActionsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  if (links.length === 0 && buttons.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{t('operation.actionsHeading')}</h2>
      {buttons.length > 0 && (
        <div className="govuk-button-group">
          {buttons.map((action) => (
            <Button key={action} type="button" variant={action === 'MARK_READY' || action === 'START' ? 'primary' : 'secondary'} onClick={() => onAction(action)}>
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
      {links.length > 0 && (
        <ul className="govuk-list">
          {links.map((link) => (
            <li key={link.href}>
              <ServiceLink className="govuk-link" href={link.href}>
                {link.text}
              </ServiceLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
