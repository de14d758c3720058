import i18next from 'i18next';
import { en } from '../locales/en.js';
import { detailLines, humanise, ukDateTime, type DetailNames, type Translate } from './detail-text.js';

const LEE = '5e0d1a2b-3c4d-4e5f-8a9b-000000000002';
const STRANGER = '5e0d1a2b-3c4d-4e5f-8a9b-000000000006';
const OPERATION = '0e7a71c3-5d2e-4f10-9b6c-000000000003';
const HARBOUR = '0b9c4f7e-1a2b-4c3d-8e5f-000000000003';

let t: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', ns: ['audit'], defaultNS: 'audit', resources: { en: { audit: en } }, interpolation: { escapeValue: false } });
  t = i18n.getFixedT('en', 'audit');
});

const NONE: DetailNames = { people: [], operations: [], organisations: [] };
const text = (detail: Record<string, unknown>, names: Partial<DetailNames> = {}) =>
  detailLines(detail, { ...NONE, ...names }, t).map((line) => `${line.label}: ${line.value}`);

describe('an audit entry’s detail, for a reader', () => {
  it('names the operation by the force’s reference, the partner by name, and the answer-by time in UK time', () => {
    expect(
      text(
        // As the database stores it: shortest key first.
        { respondBy: '2026-12-06T19:00:00.000Z', operationId: OPERATION, partnerOrganisationId: HARBOUR },
        { operations: [{ id: OPERATION, reference: 'NS-OP-2026-135', type: 'WARRANT', generalArea: 'Port Allen PA1' }], organisations: [{ id: HARBOUR, name: 'Harbour Lights Project' }] },
      ),
    ).toEqual(['Operation: NS-OP-2026-135', 'Partner: Harbour Lights Project', 'Answer needed by: 6 December 2026, 7pm']);
  });

  it('names the operation by what a partner may see of it, and says so when it cannot see it at all', () => {
    expect(text({ operationId: OPERATION }, { operations: [{ id: OPERATION, reference: null, type: 'WELFARE_VISIT', generalArea: 'Kingsbridge KB2' }] })).toEqual([
      'Operation: Welfare visit in Kingsbridge KB2',
    ]);
    expect(text({ operationId: OPERATION, partnerOrganisationId: HARBOUR })).toEqual([
      'Operation: An operation you cannot see',
      'Partner: An organisation you have no partnership with',
    ]);
  });

  it('names the organisation’s own people and says someone else for anyone it cannot name', () => {
    expect(text({ added: [LEE, STRANGER], removed: [], withoutMshtTraining: [STRANGER] }, { people: [{ id: LEE, name: 'PC Lee Oakes' }] })).toEqual([
      'Added: PC Lee Oakes, Someone from another organisation',
      'Removed: None',
      'Without current MSHT training: Someone from another organisation',
    ]);
  });

  it('writes UK summer time, days, codes, field names, checklist answers and numbers plainly', () => {
    expect(
      text({
        expiresOn: '2027-03-31',
        at: '2026-07-01T11:30:00.000Z',
        from: 'PARTNERS_NOTIFIED',
        to: 'IN_PROGRESS',
        changed: ['plannedStart', 'generalArea'],
        answers: [{ key: 'media', answer: 'NOT_MET' }],
        officersAttended: 4,
        email: false,
        reason: 'No worker free',
      }),
    ).toEqual([
      'Expires on: 31 March 2027',
      'At: 1 July 2026, 12:30pm',
      'From: Partners notified',
      'To: In progress',
      'Changed: Planned start, General area',
      'Answers: Media: Not met',
      'Officers attended: 4',
      'By e-mail: No',
      'Reason: No worker free',
    ]);
    expect(text({})).toEqual([]);
  });

  it('writes midnight and midday as words', () => {
    expect(ukDateTime('2026-12-06T00:00:00.000Z', t)).toBe('6 December 2026, midnight');
    expect(ukDateTime('2026-06-06T11:00:00.000Z', t)).toBe('6 June 2026, midday');
    expect(humanise('otherSessionsEnded')).toBe('Other sessions ended');
  });
});
