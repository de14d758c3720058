import { useTranslation } from 'react-i18next';
import type { ChecklistAnswer } from '@liaise/shared-domain';
import { ServiceLink } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { stepPath } from '../paths.js';
import { ChecklistAnswerTag } from '../tags.js';

export interface ChecklistItemView {
  readonly key: string;
  readonly title: string;
  readonly hint: string;
  readonly answer?: ChecklistAnswer | null;
  readonly reason?: string | null;
}

export interface ChecklistSectionProps {
  readonly operationId: string;
  readonly checklist: readonly ChecklistItemView[];
  readonly checklistComplete: boolean;
  /** Each item links to the checklist step, where it is answered. */
  readonly answerable: boolean;
}

/** The planning checklist as a GOV.UK task list: each item's answer, and its reason in place of its hint when one was given. */
export function ChecklistSection({ operationId, checklist, checklistComplete, answerable }: ChecklistSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <h2 className="govuk-heading-m">{t('operation.checklistHeading')}</h2>
      {checklistComplete && <p className="govuk-body">{t('operation.checklistComplete')}</p>}
      <ul className="govuk-task-list" data-testid="checklist">
        {checklist.map((item) => {
          const statusId = `checklist-${item.key}-status`;
          const hintId = `checklist-${item.key}-hint`;
          return (
            <li key={item.key} className={answerable ? 'govuk-task-list__item govuk-task-list__item--with-link' : 'govuk-task-list__item'}>
              <div className="govuk-task-list__name-and-hint">
                {answerable ? (
                  <ServiceLink className="govuk-link govuk-task-list__link" href={stepPath(operationId, 'checklist')} aria-describedby={`${hintId} ${statusId}`}>
                    {item.title}
                  </ServiceLink>
                ) : (
                  <div>{item.title}</div>
                )}
                <div id={hintId} className="govuk-task-list__hint">
                  {item.reason !== null && item.reason !== undefined && item.reason !== '' ? item.reason : item.hint}
                </div>
              </div>
              <div className="govuk-task-list__status" id={statusId}>
                <ChecklistAnswerTag answer={item.answer} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
