import { AGREEMENT_FIELD_IDS, agreementFieldOf, checkAgreement, EMPTY_AGREEMENT } from './agreement-fields.js';

const t = (key: string) => key;

describe('checkAgreement', () => {
  it('asks for every field of an empty agreement, linking each to its field', () => {
    expect(checkAgreement(EMPTY_AGREEMENT, t)).toEqual({
      problems: [
        { field: 'legalBasis', message: 'agreement.legalBasisMissing' },
        { field: 'agreementReference', message: 'agreement.referenceMissing' },
        { field: 'signedOn-day', message: 'agreement.signedOnMissing' },
        { field: 'reviewOn-day', message: 'agreement.reviewOnMissing' },
      ],
    });
  });

  it('refuses dates that do not exist', () => {
    const { problems } = checkAgreement(
      {
        legalBasis: 'CONSENT',
        agreementReference: 'X',
        signedOn: { day: '30', month: '2', year: '2026' },
        reviewOn: { day: '1', month: '13', year: '2027' },
      },
      t,
    );
    expect(problems).toEqual([
      { field: 'signedOn-day', message: 'agreement.signedOnInvalid' },
      { field: 'reviewOn-day', message: 'agreement.reviewOnInvalid' },
    ]);
  });

  it('gives the agreement as the api takes it', () => {
    expect(
      checkAgreement(
        {
          legalBasis: 'STATUTORY_CDA_1998_S115',
          agreementReference: ' WC/ISA/0610 ',
          signedOn: { day: '3', month: '9', year: '2026' },
          reviewOn: { day: '03', month: '09', year: '2027' },
        },
        t,
      ),
    ).toEqual({
      problems: [],
      agreement: { legalBasis: 'STATUTORY_CDA_1998_S115', agreementReference: 'WC/ISA/0610', signedOn: '2026-09-03', reviewOn: '2027-09-03' },
    });
  });
});

describe('agreementFieldOf', () => {
  it("puts the api's messages on their fields", () => {
    expect(agreementFieldOf('Review date must be after the date signed', 'reviewOn')).toBe(AGREEMENT_FIELD_IDS.reviewOn);
    expect(agreementFieldOf('Date signed must be today or in the past', undefined)).toBe(AGREEMENT_FIELD_IDS.signedOn);
    expect(agreementFieldOf('Enter the agreement reference', undefined)).toBe(AGREEMENT_FIELD_IDS.agreementReference);
    expect(agreementFieldOf('Something else', undefined)).toBeUndefined();
  });
});
