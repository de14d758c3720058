import { checkChecklistAnswers, checkChecklistItem, metRefusal, type ChecklistFacts } from './checklist-rules.js';

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

/** What `act` throws, or undefined. */
function refusalOf(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a force’s own checklist item', () => {
  it('closes up the title’s spaces and trims the hint', () => {
    expect(checkChecklistItem('  Night   cover  ', ' Who covers ')).toEqual({ title: 'Night cover', hint: 'Who covers' });
  });

  it.each([
    ['no title', ' ', '', 'Enter the title', 'title'],
    ['a title under 3 characters', 'ab', '', 'Title must be at least 3 characters', 'title'],
    ['a title over 120 characters', 'x'.repeat(121), '', 'Title must be 120 characters or fewer', 'title'],
    ['a hint over 500 characters', 'Night cover', 'x'.repeat(501), 'Hint must be 500 characters or fewer', 'hint'],
  ])('refuses %s', (_what, title, hint, message, field) => {
    expect(refusalOf(() => checkChecklistItem(title, hint))).toMatchObject({ code: 'BAD_USER_INPUT', message, field });
  });

  it('takes a title of 3 and of 120 characters, and a hint of 500', () => {
    expect(checkChecklistItem('abc', 'x'.repeat(500)).title).toBe('abc');
    expect(checkChecklistItem('x'.repeat(120), '').title).toHaveLength(120);
  });
});
