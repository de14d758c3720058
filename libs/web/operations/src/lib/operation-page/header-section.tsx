import { useTranslation } from 'react-i18next';
import type { OperationState, OperationType } from '@liaise/shared-domain';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { formatUkDateTime, OperationStateTag } from '@liaise/web-common';

export interface HeaderSectionProps {
  readonly heading: string;
  readonly operation: {
    readonly state: OperationState;
    readonly type: OperationType;
    readonly generalArea: string;
    readonly plannedStart: unknown;
  };
}

/** The operation's heading, its state and, in one line, what, where and when. */
export function HeaderSection({ heading, operation }: HeaderSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <span className="govuk-caption-l">{t('operation.caption')}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body" data-testid="operation-state">
        <OperationStateTag state={operation.state} />
      </p>
      <p className="govuk-body-l">
        {t(`types.${operation.type}`)} · {operation.generalArea} · {formatUkDateTime(operation.plannedStart)}
      </p>
    </>
  );
}
