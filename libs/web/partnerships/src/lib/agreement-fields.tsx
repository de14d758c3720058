import { useTranslation } from 'react-i18next';
import type { Problem } from '@liaise/shared-domain';
import type { LegalBasis } from '@liaise/web-graphql';
import { DateInput, EMPTY_DATE, isoDateOf, Radios, TextInput, type DateParts } from '@liaise/web-ui';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';

export const LEGAL_BASES: readonly LegalBasis[] = ['STATUTORY_CDA_1998_S115', 'COMMON_LAW_PUBLIC_INTEREST', 'CONSENT'];

/** The agreement as typed. */
export interface AgreementForm {
  readonly legalBasis: LegalBasis | '';
  readonly agreementReference: string;
  readonly signedOn: DateParts;
  readonly reviewOn: DateParts;
}

export const EMPTY_AGREEMENT: AgreementForm = { legalBasis: '', agreementReference: '', signedOn: EMPTY_DATE, reviewOn: EMPTY_DATE };

export type AgreementField = 'legalBasis' | 'agreementReference' | 'signedOn' | 'reviewOn';

/** The fields' ids: error summary links go to them (a date's to its day field). */
export const AGREEMENT_FIELD_IDS: Readonly<Record<AgreementField, string>> = {
  legalBasis: 'legalBasis',
  agreementReference: 'agreementReference',
  signedOn: 'signedOn-day',
  reviewOn: 'reviewOn-day',
};

export interface CheckedAgreement {
  readonly legalBasis: LegalBasis;
  readonly agreementReference: string;
  readonly signedOn: string;
  readonly reviewOn: string;
}

/** The checks made before asking the api: everything filled in, dates real. The api checks the rest. */
export function checkAgreement(form: AgreementForm): { problems: Problem<AgreementField>[]; agreement?: CheckedAgreement } {
  const problems: Problem<AgreementField>[] = [];
  if (form.legalBasis === '') problems.push({ field: 'legalBasis', code: 'REQUIRED' });
  if (form.agreementReference.trim() === '') problems.push({ field: 'agreementReference', code: 'REQUIRED' });
  const signedOn = isoDateOf(form.signedOn);
  if (signedOn === 'empty') problems.push({ field: 'signedOn', code: 'REQUIRED' });
  if (signedOn === 'invalid') problems.push({ field: 'signedOn', code: 'INVALID_DATE' });
  const reviewOn = isoDateOf(form.reviewOn);
  if (reviewOn === 'empty') problems.push({ field: 'reviewOn', code: 'REQUIRED' });
  if (reviewOn === 'invalid') problems.push({ field: 'reviewOn', code: 'INVALID_DATE' });
  if (problems.length > 0 || form.legalBasis === '' || signedOn === 'empty' || signedOn === 'invalid' || reviewOn === 'empty' || reviewOn === 'invalid') {
    return { problems };
  }
  return { problems, agreement: { legalBasis: form.legalBasis, agreementReference: form.agreementReference.trim(), signedOn, reviewOn } };
}

export interface AgreementFieldsProps {
  readonly form: AgreementForm;
  readonly onChange: (form: AgreementForm) => void;
  /** The words of a field's problem, if it has one. */
  readonly errorFor: (field: AgreementField) => string | undefined;
  readonly errorPrefix: string;
}

/** The information-sharing agreement's fields: legal basis, reference, date signed and review date. */
export function AgreementFields({ form, onChange, errorFor, errorPrefix }: AgreementFieldsProps) {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  return (
    <>
      <Radios
        id={AGREEMENT_FIELD_IDS.legalBasis}
        name="legalBasis"
        legend={t('agreement.legalBasis')}
        error={errorFor('legalBasis')}
        errorPrefix={errorPrefix}
        value={form.legalBasis}
        onChange={(value) => onChange({ ...form, legalBasis: value as LegalBasis })}
        options={LEGAL_BASES.map((basis) => ({ value: basis, text: t(`legalBases.${basis}`), hint: t(`legalBasisHints.${basis}`) }))}
      />
      <TextInput
        id={AGREEMENT_FIELD_IDS.agreementReference}
        name="agreementReference"
        label={t('agreement.reference')}
        hint={t('agreement.referenceHint')}
        value={form.agreementReference}
        onChange={(event) => onChange({ ...form, agreementReference: event.target.value })}
        error={errorFor('agreementReference')}
        errorPrefix={errorPrefix}
      />
      <DateInput
        id="signedOn"
        legend={t('agreement.signedOn')}
        hint={t('agreement.signedOnHint')}
        value={form.signedOn}
        onChange={(signedOn) => onChange({ ...form, signedOn })}
        error={errorFor('signedOn')}
        errorPrefix={errorPrefix}
      />
      <DateInput
        id="reviewOn"
        legend={t('agreement.reviewOn')}
        hint={t('agreement.reviewOnHint')}
        value={form.reviewOn}
        onChange={(reviewOn) => onChange({ ...form, reviewOn })}
        error={errorFor('reviewOn')}
        errorPrefix={errorPrefix}
      />
    </>
  );
}
