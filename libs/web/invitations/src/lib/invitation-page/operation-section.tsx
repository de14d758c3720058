import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '@liaise/web-graphql';
import { formatDay } from '@liaise/web-common';
import { SummaryList } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from '../i18n.js';

export interface OperationSectionProps {
  readonly forceName: string;
  readonly operation: Omit<InvitationFieldsFragment['operation'], 'id' | 'state' | 'disclosure'>;
}

/** What a partner needs to decide: the day (not the time), the general area (not the address), who and what to expect. */
export function OperationSection({ forceName, operation }: OperationSectionProps) {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  const { t: tOperations } = useTranslation('operations');
  return (
    <>
      <h2 className="govuk-heading-m">{t('invitation.detailsHeading')}</h2>
      <SummaryList
        rows={[
          { key: t('invitation.force'), value: forceName },
          { key: t('invitation.type'), value: tOperations(`types.${operation.type}`) },
          { key: t('invitation.day'), value: formatDay(operation.plannedDay) },
          { key: t('invitation.duration'), value: durationWords(operation.expectedDurationMinutes, tOperations) },
          { key: t('invitation.generalArea'), value: operation.generalArea },
          { key: t('invitation.expectedPeople'), value: String(operation.expectedPeople) },
          { key: t('invitation.expectedLanguages'), value: operation.expectedLanguages.length === 0 ? t('none') : operation.expectedLanguages.join(', ') },
          { key: t('invitation.dependents'), value: operation.dependentsExpected ? t('yes') : t('no') },
          { key: t('invitation.media'), value: tOperations(`mediaDecisions.${operation.mediaDecision}`) },
          ...(operation.mediaReason === null || operation.mediaReason === '' ? [] : [{ key: t('invitation.mediaReason'), value: operation.mediaReason }]),
          { key: t('invitation.safeguardingLeadRole'), value: operation.safeguardingLeadRole },
          { key: t('invitation.proportionality'), value: <span className="liaise-pre-line">{operation.proportionalityStatement}</span> },
        ]}
      />
    </>
  );
}

function durationWords(minutes: number, t: (key: string, options: { count: number }) => string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? t('duration.hours', { count: hours }) : '', rest > 0 || hours === 0 ? t('duration.minutes', { count: rest }) : ''].filter((part) => part !== '').join(' ');
}
