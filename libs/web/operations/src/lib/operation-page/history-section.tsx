import { useTranslation } from 'react-i18next';
import type { OperationHistoryAction, OperationState } from '@liaise/shared-domain';
import { Table } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { COMMON_NAMESPACE, formatUkDateTime } from '@liaise/web-common';

export interface TransitionView {
  readonly action: OperationHistoryAction;
  readonly fromState: OperationState;
  readonly toState: OperationState;
  readonly reason?: string | null;
  readonly byName?: string | null;
  readonly at: unknown;
}

/** Every move the operation made: when, what (from which state to which), who and why. */
export function HistorySection({ transitions }: { readonly transitions: readonly TransitionView[] }) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { t: common } = useTranslation(COMMON_NAMESPACE);
  return (
    <>
      <h2 className="govuk-heading-m">{t('operation.historyHeading')}</h2>
      {transitions.length === 0 ? (
        <p className="govuk-body">{t('operation.noHistory')}</p>
      ) : (
        <Table
          caption={t('operation.historyCaption')}
          captionSize="visually-hidden"
          testId="history"
          head={[t('operation.when'), t('operation.what'), t('operation.who'), t('operation.why')]}
          rows={transitions.map((record, index) => ({
            key: `${record.at}-${index}`,
            cells: [
              formatUkDateTime(record.at),
              record.action === 'RELEASE_DETAILS_EARLY'
                ? t('operation.historyReleasedEarly')
                : `${t(`actions.${record.action}`)} (${t('operation.moved', { from: common(`operationStates.${record.fromState}`), to: common(`operationStates.${record.toState}`) })})`,
              record.byName ?? t('operation.someone'),
              record.reason ?? '',
            ],
          }))}
        />
      )}
    </>
  );
}
