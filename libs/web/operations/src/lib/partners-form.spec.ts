import { checkPartners, chosenPartnersOf, defaultRespondBy, partnersFormOf, withChosenPartners } from './partners-form.js';

const NOW = new Date('2026-11-28T09:20:00Z');
const START = '2026-12-05T06:30:00.000Z';

describe('the chosen partners in the address', () => {
  const A = '3c0f5a8e-1b2d-4e6f-8a9b-000000000003';
  const B = '3c0f5a8e-1b2d-4e6f-8a9b-000000000005';

  it('go there and come back', () => {
    const chosen = [
      { partnerOrganisationId: A, respondBy: '2026-11-30T09:00:00.000Z' },
      { partnerOrganisationId: B, respondBy: '2026-12-01T17:00:00.000Z' },
    ];
    const params = withChosenPartners(new URLSearchParams(`from=review&partner=${B}~2026-01-01T00:00:00.000Z`), chosen);
    expect(params.get('from')).toBe('review');
    expect(chosenPartnersOf(new URLSearchParams(params.toString()))).toEqual(chosen);
  });

  it('ignore anything that is not an organisation and a time as written there, and a partner given twice', () => {
    const junk = [
      'a',
      `${A}`,
      '~2026-01-01T00:00:00.000Z',
      'b~2026-11-30T09:00:00.000Z',
      `${A}~soon`,
      `${A}~2026-11-30T09:00:00Z`,
      `${A}~2026-02-30T09:00:00.000Z`,
      `${A}~2026-11-30T09:00:00.000Z~extra`,
      `${A}~`,
      '~',
      '',
    ];
    const params = new URLSearchParams([...junk.map((value) => ['partner', value]), ['partner', `${B}~2026-11-30T09:00:00.000Z`], ['partner', `${B}~2026-12-30T09:00:00.000Z`]]);
    expect(chosenPartnersOf(params)).toEqual([{ partnerOrganisationId: B, respondBy: '2026-11-30T09:00:00.000Z' }]);
  });
});

describe('defaultRespondBy', () => {
  it('is 48 hours from now, on the hour', () => {
    expect(defaultRespondBy(NOW, START).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  it('is an hour before the start when the start is sooner', () => {
    expect(defaultRespondBy(NOW, '2026-11-29T18:30:00Z').toISOString()).toBe('2026-11-29T17:00:00.000Z');
  });
});

describe('checkPartners', () => {
  it('needs one partner at least', () => {
    expect(checkPartners(partnersFormOf(['a', 'b'], [], NOW, START), {}, START, NOW)).toEqual({ problems: [{ field: 'partners', code: 'REQUIRED' }], chosen: [] });
  });

  it('gives the chosen partners with their respond-by times, which must be after now and before the start', () => {
    const form = partnersFormOf(['a', 'b', 'c'], [{ partnerOrganisationId: 'b', respondBy: '2026-12-01T17:00:00.000Z' }], NOW, START);
    expect(form['a']).toEqual({ chosen: false, respondBy: { date: { day: '30', month: '11', year: '2026' }, time: '09:00' } });
    const a = form['a'];
    if (a === undefined) throw new Error('expected partner a');
    expect(checkPartners({ ...form, a: { ...a, chosen: true } }, {}, START, NOW)).toEqual({
      problems: [],
      chosen: [
        { partnerOrganisationId: 'a', respondBy: '2026-11-30T09:00:00.000Z' },
        { partnerOrganisationId: 'b', respondBy: '2026-12-01T17:00:00.000Z' },
      ],
    });
    const late = { chosen: true, respondBy: { date: { day: '6', month: '12', year: '2026' }, time: '09:00' } };
    const past = { chosen: true, respondBy: { date: { day: '27', month: '11', year: '2026' }, time: '09:00' } };
    const noTime = { chosen: true, respondBy: { date: { day: '29', month: '11', year: '2026' }, time: '' } };
    expect(checkPartners({ a: late, b: past, c: noTime }, { a: 'A', b: 'B', c: 'C' }, START, NOW).problems).toEqual([
      { field: 'respondBy-a-day', code: 'TOO_LATE', params: { name: 'A' } },
      { field: 'respondBy-b-day', code: 'IN_THE_PAST', params: { name: 'B' } },
      { field: 'respondBy-c-time', code: 'INVALID_DATE', params: { name: 'C' } },
    ]);
  });
});
