import { checkChecklistAnswers, metRefusal, type ChecklistFacts } from './operation-rules.js';

const FACTS: ChecklistFacts = {
  safeguardingLeadName: 'DS Nair',
  dependentsExpected: false,
  dependentsArrangements: null,
  femaleOfficersAttending: 1,
  proportionalityStatement: 'Welfare first.',
  mediaDecision: 'NO_MEDIA',
  mediaReason: null,
};

describe('the checklist', () => {
  it.each([
    ['safeguarding', { dependentsExpected: true }, 'dependentsArrangements'],
    ['safeguarding', { safeguardingLeadName: ' ' }, 'safeguardingLeadName'],
    ['female-officers', { femaleOfficersAttending: 0 }, 'femaleOfficersAttending'],
    ['proportionality', { proportionalityStatement: '' }, 'proportionalityStatement'],
    ['media', { mediaDecision: 'BY_AGREEMENT' as const }, 'mediaReason'],
    ['msht-training', { namedOfficersWithoutMshtTraining: 1 }, 'namedOfficers'],
  ])('cannot answer %s met while %j', (key, facts, field) => {
    expect(metRefusal(key, { ...FACTS, ...facts })?.field).toBe(field);
    expect(metRefusal(key, FACTS)).toBeNull();
  });

  const items = new Map([
    ['dignity', { title: 'Dignity' }],
    ['media', { title: 'Media' }],
  ]);

  it('needs a reason for not met and not applicable, and knows only the operation’s own items', () => {
    expect(checkChecklistAnswers([{ key: 'dignity', answer: 'NOT_MET', reason: ' No private room ' }], items, FACTS)).toEqual([
      { key: 'dignity', answer: 'NOT_MET', reason: 'No private room' },
    ]);
    expect(() => checkChecklistAnswers([{ key: 'dignity', answer: 'NOT_APPLICABLE' }], items, FACTS)).toThrow('Enter the reason “Dignity” is not applicable');
    expect(() => checkChecklistAnswers([{ key: 'custom-x', answer: 'MET' }], items, FACTS)).toThrow('This operation has no checklist item "custom-x"');
    expect(() =>
      checkChecklistAnswers(
        [
          { key: 'media', answer: 'MET' },
          { key: 'media', answer: 'MET' },
        ],
        items,
        FACTS,
      ),
    ).toThrow('“Media” is answered twice');
    expect(() => checkChecklistAnswers([], items, FACTS)).toThrow('Answer at least one checklist item');
  });
});
