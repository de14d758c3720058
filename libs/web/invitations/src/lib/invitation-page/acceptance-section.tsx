import { useTranslation } from 'react-i18next';
import { ServiceLink } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE } from '../i18n.js';
import { withdrawAcceptancePath } from '../paths.js';

export interface AcceptanceSectionProps {
  readonly invitationId: string;
  readonly forceName: string;
  /** The partner may still withdraw its acceptance. */
  readonly withdrawable: boolean;
  /** The operation is under way: an acceptance given stands. */
  readonly stands: boolean;
}

/** After accepting: the way to withdraw, or, once the operation is under way, that the acceptance stands. */
export function AcceptanceSection({ invitationId, forceName, withdrawable, stands }: AcceptanceSectionProps) {
  const { t } = useTranslation(INVITATIONS_NAMESPACE);
  return (
    <>
      {withdrawable && (
        <p className="govuk-body">
          <ServiceLink className="govuk-link" href={withdrawAcceptancePath(invitationId)}>
            {t('invitation.withdrawAcceptance')}
          </ServiceLink>
        </p>
      )}
      {stands && <p className="govuk-body">{t('invitation.acceptanceStands', { force: forceName })}</p>}
    </>
  );
}
