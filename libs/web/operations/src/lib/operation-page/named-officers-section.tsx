import { useTranslation } from 'react-i18next';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { AttendeeName, WarningText } from '@liaise/web-common';

export interface NamedOfficer {
  readonly userId: string;
  readonly name: string;
  readonly mshtTrainingCurrent: boolean;
  readonly attended?: boolean | null;
}

export interface NamedOfficersSectionProps {
  /** How many officers the plan says will attend. */
  readonly officersAttending: number;
  readonly namedOfficers: readonly NamedOfficer[];
}

/** The force's officers named to attend, with a warning when any lacks current MSHT training. */
export function NamedOfficersSection({ officersAttending, namedOfficers }: NamedOfficersSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <h2 className="govuk-heading-m">{t('operation.namedOfficersHeading')}</h2>
      <p className="govuk-body">{t('operation.namedOfficersIntro', { count: officersAttending })}</p>
      {namedOfficers.some((officer) => !officer.mshtTrainingCurrent) && <WarningText>{t('operation.untrainedOfficers')}</WarningText>}
      {namedOfficers.length === 0 ? (
        <p className="govuk-body">{t('operation.noNamedOfficers')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" data-testid="named-officers">
          {namedOfficers.map((officer) => (
            <li key={officer.userId}>
              <AttendeeName name={officer.name} attended={officer.attended} mshtTrainingCurrent={officer.mshtTrainingCurrent} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
