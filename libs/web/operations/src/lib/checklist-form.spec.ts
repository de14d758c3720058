import { answeredCount, checkChecklist, checklistFormOf } from './checklist-form.js';

const ITEMS = [
  { key: 'media', title: 'Media', answer: 'MET' as const, reason: null },
  { key: 'dignity', title: 'Dignity', answer: null, reason: null },
  { key: 'languages', title: 'Languages', answer: null, reason: null },
];

describe('the checklist form', () => {
  it('starts from the answers so far', () => {
    expect(checklistFormOf(ITEMS)).toEqual({ media: { answer: 'MET', reason: '' }, dignity: { answer: '', reason: '' }, languages: { answer: '', reason: '' } });
    expect(answeredCount(ITEMS, checklistFormOf(ITEMS))).toBe(1);
  });

  it('counts what the form answers fully, saved or not: an answer needing a reason counts once it has one', () => {
    const form = { media: { answer: 'MET' as const, reason: '' }, dignity: { answer: 'NOT_MET' as const, reason: ' ' }, languages: { answer: 'MET' as const, reason: '' } };
    expect(answeredCount(ITEMS, form)).toBe(2);
    expect(answeredCount(ITEMS, { ...form, dignity: { answer: 'NOT_MET', reason: 'No private room' } })).toBe(3);
    expect(answeredCount(ITEMS, {})).toBe(0);
  });

  it('saves what is answered, with a reason where one is needed', () => {
    const form = { media: { answer: 'MET' as const, reason: ' ' }, dignity: { answer: 'NOT_APPLICABLE' as const, reason: ' Nobody lives there ' }, languages: { answer: '' as const, reason: '' } };
    expect(checkChecklist(ITEMS, form)).toEqual({
      problems: [],
      answers: [
        { key: 'media', answer: 'MET', reason: null },
        { key: 'dignity', answer: 'NOT_APPLICABLE', reason: 'Nobody lives there' },
      ],
    });
  });

  it('asks for a reason for not met and not applicable, and for every answer when all are required', () => {
    const form = { media: { answer: 'NOT_MET' as const, reason: '' }, dignity: { answer: '' as const, reason: '' }, languages: { answer: 'MET' as const, reason: '' } };
    expect(checkChecklist(ITEMS, form, { requireAll: true }).problems).toEqual([
      { field: 'reason-media', code: 'REASON_REQUIRED', params: { title: 'Media' } },
      { field: 'answer-dignity', code: 'REQUIRED', params: { title: 'Dignity' } },
    ]);
  });
});
