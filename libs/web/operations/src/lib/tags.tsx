import { useTranslation } from 'react-i18next';
import type { ChecklistAnswer } from '@liaise/shared-domain';
import { Tag, type TagColour } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from './i18n.js';

const ANSWER_COLOURS: Readonly<Record<ChecklistAnswer, TagColour>> = { MET: 'green', NOT_MET: 'red', NOT_APPLICABLE: 'grey' };

/** A checklist item's answer as a GOV.UK tag, "Not answered" in blue (the task list's "incomplete"). */
export function ChecklistAnswerTag({ answer }: { readonly answer: ChecklistAnswer | null | undefined }) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  if (answer === null || answer === undefined) return <Tag colour="blue">{t('answers.none')}</Tag>;
  return <Tag colour={ANSWER_COLOURS[answer]}>{t(`answers.${answer}`)}</Tag>;
}
