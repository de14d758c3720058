import type { TFunction } from 'i18next';
import { nextSteps, type NextStepsOperation } from './next-steps.js';

const t = ((key: string) => key) as unknown as TFunction<'operations'>;
const NOW = new Date('2026-12-04T12:00:00Z');
const ID = 'op-1';

const operation = (overrides: Partial<NextStepsOperation>): NextStepsOperation => ({
  id: ID,
  state: 'DRAFT',
  availableActions: [],
  checklistComplete: false,
  releasedEarlyAt: null,
  disclosureAt: '2026-12-10T00:00:00Z',
  ...overrides,
});

describe('what can be done next with an operation', () => {
  it('is nothing for someone who may not manage operations', () => {
    expect(nextSteps(operation({ availableActions: ['MARK_READY', 'CANCEL'] }), false, t, NOW)).toEqual({ buttons: [], links: [] });
  });

  it('while planning: continue with the checklist, change the details, name officers, and the one-click moves', () => {
    expect(nextSteps(operation({ availableActions: ['MARK_READY', 'CANCEL'] }), true, t, NOW)).toEqual({
      buttons: ['MARK_READY'],
      links: [
        { href: `/operations/${ID}/edit/checklist`, text: 'operation.continuePlanning' },
        { href: `/operations/${ID}/edit/details`, text: 'operation.edit' },
        { href: `/operations/${ID}/officers`, text: 'operation.nameOfficers' },
        { href: `/operations/${ID}/action/cancel`, text: 'actions.CANCEL' },
      ],
    });
  });

  it('once the checklist is answered and partners may be notified: notify them', () => {
    const { links } = nextSteps(operation({ state: 'READY', checklistComplete: true, availableActions: ['NOTIFY_PARTNERS'] }), true, t, NOW);
    expect(links[0]).toEqual({ href: `/operations/${ID}/edit/partners`, text: 'actions.NOTIFY_PARTNERS' });
  });

  it('offers releasing the details early only before the disclosure time and only once', () => {
    const notified = operation({ state: 'PARTNERS_NOTIFIED' });
    const releases = (each: NextStepsOperation) => nextSteps(each, true, t, NOW).links.some((link) => link.text === 'operation.release');
    expect(releases(notified)).toBe(true);
    expect(releases({ ...notified, releasedEarlyAt: '2026-12-03T00:00:00Z' })).toBe(false);
    expect(releases({ ...notified, disclosureAt: '2026-12-04T11:00:00Z' })).toBe(false);
  });

  it('after the operation: record who attended', () => {
    expect(nextSteps(operation({ state: 'COMPLETED', availableActions: ['BEGIN_FOLLOW_UP'] }), true, t, NOW)).toEqual({
      buttons: ['BEGIN_FOLLOW_UP'],
      links: [{ href: `/operations/${ID}/attendance`, text: 'operation.attendance' }],
    });
  });
});
