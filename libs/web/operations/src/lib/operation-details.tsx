import type { TFunction } from 'i18next';
import { DEFAULT_DISCLOSURE_HOURS } from '@liaise/shared-domain';
import { formatUkDateTime, toDate } from '@liaise/web-common';
import { durationText } from './format.js';
import { Lines, type SummaryRow } from './summary.js';

/** The operation's details as the force sees them (OperationFields). */
export interface OperationDetailsView {
  readonly reference: string;
  readonly type: string;
  readonly plannedStart: unknown;
  readonly expectedDurationMinutes: number;
  readonly generalArea: string;
  readonly addresses: readonly string[];
  readonly briefingPoint?: string | null;
  readonly expectedPeople: number;
  readonly expectedLanguages: readonly string[];
  readonly dependentsExpected: boolean;
  readonly dependentsArrangements?: string | null;
  readonly mediaDecision: string;
  readonly mediaReason?: string | null;
  readonly safeguardingLeadName: string;
  readonly safeguardingLeadRole: string;
  readonly officersAttending: number;
  readonly femaleOfficersAttending: number;
  readonly noFemaleOfficersReason?: string | null;
  readonly interpreterArranged: boolean;
  readonly proportionalityStatement: string;
  readonly intelligenceReference?: string | null;
  readonly disclosureAt: unknown;
  readonly releasedEarlyAt?: unknown;
  readonly releaseReason?: string | null;
}

/**
 * The rows of the details' summary, in the form's order. With `changeHref`, each has a "Change" link (the
 * review step); the disclosure time says when it is the default.
 */
export function detailsRows(operation: OperationDetailsView, t: TFunction<'operations'>, changeHref?: string): SummaryRow[] {
  const rows: { key: string; value: SummaryRow['value']; when?: boolean }[] = [
    { key: t('operation.reference'), value: operation.reference },
    { key: t('operation.type'), value: t(`types.${operation.type}`) },
    { key: t('operation.start'), value: formatUkDateTime(operation.plannedStart) },
    { key: t('operation.duration'), value: durationText(operation.expectedDurationMinutes, t) },
    { key: t('operation.generalArea'), value: operation.generalArea },
    { key: t('operation.addresses'), value: <Lines lines={operation.addresses} /> },
    { key: t('operation.briefingPoint'), value: operation.briefingPoint ?? t('notGiven') },
    { key: t('operation.expectedPeople'), value: String(operation.expectedPeople) },
    { key: t('operation.expectedLanguages'), value: operation.expectedLanguages.length === 0 ? t('notGiven') : operation.expectedLanguages.join(', ') },
    { key: t('operation.dependents'), value: operation.dependentsExpected ? t('yes') : t('no') },
    { key: t('operation.dependentsArrangements'), value: operation.dependentsArrangements ?? '', when: operation.dependentsExpected },
    { key: t('operation.media'), value: t(`mediaDecisions.${operation.mediaDecision}`) },
    { key: t('operation.mediaReason'), value: operation.mediaReason ?? '', when: operation.mediaDecision === 'BY_AGREEMENT' },
    { key: t('operation.safeguardingLeadName'), value: operation.safeguardingLeadName },
    { key: t('operation.safeguardingLeadRole'), value: operation.safeguardingLeadRole },
    { key: t('operation.officers'), value: String(operation.officersAttending) },
    { key: t('operation.femaleOfficers'), value: String(operation.femaleOfficersAttending) },
    { key: t('operation.noFemaleOfficersReason'), value: operation.noFemaleOfficersReason ?? '', when: operation.femaleOfficersAttending === 0 },
    { key: t('operation.interpreter'), value: operation.interpreterArranged ? t('yes') : t('no') },
    { key: t('operation.proportionality'), value: <span className="liaise-pre-line">{operation.proportionalityStatement}</span> },
    { key: t('operation.intelligenceReference'), value: operation.intelligenceReference ?? t('notGiven') },
    { key: t('operation.disclosure'), value: disclosureText(operation, t) },
    {
      key: t('operation.releasedEarly'),
      value: t('operation.releasedEarlyValue', { time: formatUkDateTime(operation.releasedEarlyAt ?? operation.disclosureAt), reason: operation.releaseReason ?? '' }),
      when: operation.releasedEarlyAt !== null && operation.releasedEarlyAt !== undefined,
    },
  ];
  return rows
    .filter((row) => row.when !== false)
    .map((row) => ({
      key: row.key,
      value: row.value,
      ...(changeHref === undefined || row.key === t('operation.releasedEarly') ? {} : { change: { href: changeHref, text: t('review.change'), hiddenText: row.key.toLowerCase() } }),
    }));
}

function disclosureText(operation: OperationDetailsView, t: TFunction<'operations'>): string {
  const time = formatUkDateTime(operation.disclosureAt);
  const isDefault = toDate(operation.plannedStart).getTime() - toDate(operation.disclosureAt).getTime() === DEFAULT_DISCLOSURE_HOURS * 3_600_000;
  return isDefault ? `${time} (${t('details.disclosureDefault')})` : time;
}
