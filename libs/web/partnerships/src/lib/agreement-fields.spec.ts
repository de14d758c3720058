import { checkAgreement, EMPTY_AGREEMENT } from './agreement-fields.js';

describe('checkAgreement', () => {
  it('asks for every field of an empty agreement, each on its field', () => {
    expect(checkAgreement(EMPTY_AGREEMENT)).toEqual({
      problems: [
        { field: 'legalBasis', code: 'REQUIRED' },
        { field: 'agreementReference', code: 'REQUIRED' },
        { field: 'signedOn', code: 'REQUIRED' },
        { field: 'reviewOn', code: 'REQUIRED' },
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
    );
    expect(problems).toEqual([
      { field: 'signedOn', code: 'INVALID_DATE' },
      { field: 'reviewOn', code: 'INVALID_DATE' },
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
      ),
    ).toEqual({
      problems: [],
      agreement: { legalBasis: 'STATUTORY_CDA_1998_S115', agreementReference: 'WC/ISA/0610', signedOn: '2026-09-03', reviewOn: '2027-09-03' },
    });
  });
});
