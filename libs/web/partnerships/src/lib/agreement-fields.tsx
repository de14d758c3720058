import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '@liaise/web-graphql';
import { DateInput, EMPTY_DATE, isoDateOf, Radios, TextInput, type DateParts } from '@liaise/web-ui';
import { PARTNERSHIPS_NAMESPACE } from './i18n.js';
import type { Problem } from './problems.js';

export const LEGAL_BASES: readonly LegalBasis[] = ['STATUTORY_CDA_1998_S115', 'COMMON_LAW_PUBLIC_INTEREST', 'CONSENT'];

/** The agreement as typed. */
export interface AgreementForm {
  readonly legalBasis: LegalBasis | '';
  readonly agreementReference: string;
  readonly signedOn: DateParts;
  readonly reviewOn: DateParts;
}

export const EMPTY_AGREEMENT: AgreementForm = { legalBasis: '', agreementReference: '', signedOn: EMPTY_DATE, reviewOn: EMPTY_DATE };

/** The fields' ids: error summary links go to them (a date's to its day field). */
export const AGREEMENT_FIELD_IDS = {
  legalBasis: 'legalBasis',
  agreementReference: 'agreementReference',
  signedOn: 'signedOn-day',
  reviewOn: 'reviewOn-day',
} as const;

export interface CheckedAgreement {
  readonly legalBasis: LegalBasis;
  readonly agreementReference: string;
  readonly signedOn: string;
  readonly reviewOn: string;
}

/** The checks made before asking the api: everything filled in, dates real. The api checks the rest. */
export function checkAgreement(form: AgreementForm, t: (key: string) => string): { problems: Problem[]; agreement?: CheckedAgreement } {
  const problems: Problem[] = [];
  if (form.legalBasis === '') problems.push({ field: AGREEMENT_FIELD_IDS.legalBasis, message: t('agreement.legalBasisMissing') });
  if (form.agreementReference.trim() === '') problems.push({ field: AGREEMENT_FIELD_IDS.agreementReference, message: t('agreement.referenceMissing') });
  const signedOn = isoDateOf(form.signedOn);
  if (signedOn === 'empty') problems.push({ field: AGREEMENT_FIELD_IDS.signedOn, message: t('agreement.signedOnMissing') });
  if (signedOn === 'invalid') problems.push({ field: AGREEMENT_FIELD_IDS.signedOn, message: t('agreement.signedOnInvalid') });
  const reviewOn = isoDateOf(form.reviewOn);
  if (reviewOn === 'empty') problems.push({ field: AGREEMENT_FIELD_IDS.reviewOn, message: t('agreement.reviewOnMissing') });
  if (reviewOn === 'invalid') problems.push({ field: AGREEMENT_FIELD_IDS.reviewOn, message: t('agreement.reviewOnInvalid') });
  if (problems.length > 0 || form.legalBasis === '' || signedOn === 'empty' || signedOn === 'invalid' || reviewOn === 'empty' || reviewOn === 'invalid') {
    return { problems };
  }
  return { problems, agreement: { legalBasis: form.legalBasis, agreementReference: form.agreementReference.trim(), signedOn, reviewOn } };
}

/** The field an api message about the agreement is on. */
export function agreementFieldOf(message: string, named: string | undefined): string | undefined {
  if (named === 'signedOn' || named === 'reviewOn' || named === 'agreementReference' || named === 'legalBasis') return AGREEMENT_FIELD_IDS[named];
  if (/review/i.test(message)) return AGREEMENT_FIELD_IDS.reviewOn;
  if (/signed/i.test(message)) return AGREEMENT_FIELD_IDS.signedOn;
  if (/reference/i.test(message)) return AGREEMENT_FIELD_IDS.agreementReference;
  if (/legal basis/i.test(message)) return AGREEMENT_FIELD_IDS.legalBasis;
  return undefined;
}

export interface AgreementFieldsProps {
  readonly form: AgreementForm;
  readonly onChange: (form: AgreementForm) => void;
  readonly problems: readonly Problem[];
}

/** The information-sharing agreement's fields: legal basis, reference, date signed and review date. */
export function AgreementFields({ form, onChange, problems }: AgreementFieldsProps) {
  const { t } = useTranslation(PARTNERSHIPS_NAMESPACE);
  const errorFor = (field: string) => problems.find((problem) => problem.field === field)?.message;
  return (
    <>
      <Radios
        id={AGREEMENT_FIELD_IDS.legalBasis}
        name="legalBasis"
        legend={t('agreement.legalBasis')}
        error={errorFor(AGREEMENT_FIELD_IDS.legalBasis)}
        errorPrefix={t('errorPrefix')}
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
        error={errorFor(AGREEMENT_FIELD_IDS.agreementReference)}
        errorPrefix={t('errorPrefix')}
      />
      <DateInput
        id="signedOn"
        legend={t('agreement.signedOn')}
        hint={t('agreement.signedOnHint')}
        value={form.signedOn}
        onChange={(signedOn) => onChange({ ...form, signedOn })}
        error={errorFor(AGREEMENT_FIELD_IDS.signedOn)}
        errorPrefix={t('errorPrefix')}
      />
      <DateInput
        id="reviewOn"
        legend={t('agreement.reviewOn')}
        hint={t('agreement.reviewOnHint')}
        value={form.reviewOn}
        onChange={(reviewOn) => onChange({ ...form, reviewOn })}
        error={errorFor(AGREEMENT_FIELD_IDS.reviewOn)}
        errorPrefix={t('errorPrefix')}
      />
    </>
  );
}
