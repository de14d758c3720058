import { jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { COMMON_NAMESPACE, commonResources } from '@liaise/web-common';
import { renderWithWords as renderWith } from '@liaise/web-ui/testing';
import { OPERATIONS_NAMESPACE, operationsResources } from '../i18n.js';
import { ActionsSection } from './actions-section.js';
import { ChecklistSection } from './checklist-section.js';
import { HeaderSection } from './header-section.js';
import { HistorySection } from './history-section.js';
import { InvitationsSection, type OperationInvitationView } from './invitations-section.js';
import { NamedOfficersSection } from './named-officers-section.js';

const renderWithWords = (ui: ReactNode) => renderWith(ui, { [OPERATIONS_NAMESPACE]: operationsResources.en, [COMMON_NAMESPACE]: commonResources.en });

const OPERATION_ID = '7d3c1a52-0000-4000-8000-000000000001';

describe('the operation page’s header', () => {
  it('shows the heading, the state and what, where and when in one line', () => {
    renderWithWords(<HeaderSection heading="Operation OP-1" operation={{ state: 'READY', type: 'WARRANT', generalArea: 'Cardiff Bay', plannedStart: '2026-12-10T09:30:00Z' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Operation OP-1');
    expect(screen.getByTestId('operation-state').textContent).toBe('Ready');
    expect(screen.getByText('Warrant · Cardiff Bay · Thursday 10 December 2026 at 9:30am')).toBeTruthy();
  });
});

describe('what can be done next', () => {
  it('shows nothing, not even its heading, when nothing can be done', () => {
    const { container } = renderWithWords(<ActionsSection buttons={[]} links={[]} onAction={() => undefined} />);
    expect(container.textContent).toBe('');
  });

  it('shows one-click moves as buttons, moving forward as the primary one, and the rest as links', () => {
    const onAction = jest.fn();
    renderWithWords(
      <ActionsSection buttons={['MARK_READY', 'CLOSE']} links={[{ href: '/operations/1/details', text: 'Change the details' }]} onAction={onAction} />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What you can do');
    const ready = screen.getByRole('button', { name: 'Mark ready' });
    expect(ready.className).not.toContain('govuk-button--secondary');
    expect(screen.getByRole('button', { name: 'Close the operation' }).className).toContain('govuk-button--secondary');
    expect(screen.getByRole('link', { name: 'Change the details' }).getAttribute('href')).toBe('/operations/1/details');
    fireEvent.click(ready);
    expect(onAction).toHaveBeenCalledWith('MARK_READY');
  });
});

const invitation = (overrides: Partial<OperationInvitationView> = {}): OperationInvitationView => ({
  id: 'inv-1',
  status: 'ACCEPTED',
  respondBy: '2026-12-08T17:00:00Z',
  reason: null,
  partnerName: 'Safe Harbour',
  availableActions: ['WITHDRAW'],
  attendees: [{ userId: 'u-1', name: 'Ana Lopes', mshtTrainingCurrent: true, attended: null }],
  ...overrides,
});

describe('the invitations', () => {
  it('says they are loading, or that loading them failed', () => {
    const { rerender } = renderWithWords(<InvitationsSection operationId={OPERATION_ID} invitations={undefined} failed={false} mayManage />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    rerender(<InvitationsSection operationId={OPERATION_ID} invitations={undefined} failed mayManage />);
    expect(screen.getByRole('status').textContent).toBe('Sorry, there is a problem with the service. Try again later.');
  });

  it('says when no partner is invited', () => {
    renderWithWords(<InvitationsSection operationId={OPERATION_ID} invitations={[]} failed={false} mayManage />);
    expect(screen.getByText('No partners have been invited yet.')).toBeTruthy();
  });

  it('shows each partner’s answer, who it named and, to a manager, a way to withdraw', () => {
    renderWithWords(<InvitationsSection operationId={OPERATION_ID} invitations={[invitation({ reason: 'Short of staff', status: 'DECLINED' })]} failed={false} mayManage />);
    const row = within(screen.getByTestId('invitations')).getAllByRole('row')[1];
    expect(within(row).getByTestId('invitation-status-inv-1').textContent).toBe('DeclinedShort of staff');
    expect(within(row).getByText('Ana Lopes')).toBeTruthy();
    expect(within(row).getByRole('link', { name: /^Withdraw\s*the invitation to Safe Harbour$/ }).getAttribute('href')).toBe(`/operations/${OPERATION_ID}/invitations/inv-1/withdraw`);
  });

  it('offers no withdrawing to someone who may not manage operations', () => {
    renderWithWords(<InvitationsSection operationId={OPERATION_ID} invitations={[invitation()]} failed={false} mayManage={false} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows how many officers attended once recorded', () => {
    const { rerender } = renderWithWords(<InvitationsSection operationId={OPERATION_ID} invitations={[]} failed={false} mayManage officersAttended={null} />);
    expect(screen.queryByText('Officers who attended')).toBeNull();
    rerender(<InvitationsSection operationId={OPERATION_ID} invitations={[]} failed={false} mayManage officersAttended={4} />);
    expect(screen.getByText('Officers who attended').nextElementSibling?.textContent).toBe('4');
  });
});

describe('the officers named to attend', () => {
  it('says when no one is named', () => {
    renderWithWords(<NamedOfficersSection officersAttending={6} namedOfficers={[]} />);
    expect(screen.getByText(/Officers attending in all: 6\./)).toBeTruthy();
    expect(screen.getByText('No one from your force is named yet.')).toBeTruthy();
  });

  it('lists them and warns when someone lacks current MSHT training', () => {
    renderWithWords(
      <NamedOfficersSection
        officersAttending={2}
        namedOfficers={[
          { userId: 'u-1', name: 'PC Evans', mshtTrainingCurrent: true, attended: true },
          { userId: 'u-2', name: 'PC Jones', mshtTrainingCurrent: false, attended: null },
        ]}
      />,
    );
    const items = within(screen.getByTestId('named-officers')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['PC Evans (attended)', expect.stringMatching(/^PC Jones /)]);
    expect(screen.getByText(/Someone named has no current MSHT training/)).toBeTruthy();
  });

  it('gives no warning when everyone is trained', () => {
    renderWithWords(<NamedOfficersSection officersAttending={1} namedOfficers={[{ userId: 'u-1', name: 'PC Evans', mshtTrainingCurrent: true }]} />);
    expect(screen.queryByText(/Someone named has no current MSHT training/)).toBeNull();
  });
});

const CHECKLIST = [
  { key: 'interpreter', title: 'Interpreter booked', hint: 'Say which language', answer: 'MET' as const, reason: null },
  { key: 'welfare', title: 'Welfare plan', hint: 'Who looks after people found', answer: null, reason: 'Agreed with the council' },
];

describe('the checklist', () => {
  it('links each item to the checklist step while it can be answered', () => {
    renderWithWords(<ChecklistSection operationId={OPERATION_ID} checklist={CHECKLIST} checklistComplete={false} answerable />);
    const link = screen.getByRole('link', { name: 'Interpreter booked' });
    expect(link.getAttribute('href')).toBe(`/operations/${OPERATION_ID}/edit/checklist`);
    expect(link.getAttribute('aria-describedby')).toBe('checklist-interpreter-hint checklist-interpreter-status');
    expect(screen.queryByText('Every item is answered.')).toBeNull();
  });

  it('shows each answer, and the reason given in place of the hint', () => {
    renderWithWords(<ChecklistSection operationId={OPERATION_ID} checklist={CHECKLIST} checklistComplete answerable={false} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Every item is answered.')).toBeTruthy();
    expect(document.getElementById('checklist-interpreter-status')?.textContent).toBe('Met');
    expect(document.getElementById('checklist-interpreter-hint')?.textContent).toBe('Say which language');
    expect(document.getElementById('checklist-welfare-hint')?.textContent).toBe('Agreed with the council');
    expect(document.getElementById('checklist-welfare-status')?.textContent).toBe('Not answered');
  });
});

describe('the history', () => {
  it('says when nothing has happened', () => {
    renderWithWords(<HistorySection transitions={[]} />);
    expect(screen.getByText('Nothing has happened to the operation since it was created.')).toBeTruthy();
  });

  it('shows each move: when, what from and to, who (or someone no longer here) and why', () => {
    renderWithWords(
      <HistorySection
        transitions={[
          { action: 'MARK_READY', fromState: 'DRAFT', toState: 'READY', reason: null, byName: 'Sgt Price', at: '2026-12-01T10:00:00Z' },
          { action: 'RELEASE_DETAILS_EARLY', fromState: 'PARTNERS_NOTIFIED', toState: 'PARTNERS_NOTIFIED', reason: 'Briefing moved', byName: null, at: '2026-12-02T10:00:00Z' },
        ]}
      />,
    );
    const rows = within(screen.getByTestId('history')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Tuesday 1 December 2026 at 10am', 'Mark ready (Draft to Ready)', 'Sgt Price', ''],
      ['Wednesday 2 December 2026 at 10am', 'Exact details released early to the named attendees of accepting partners', 'Someone no longer here', 'Briefing moved'],
    ]);
  });
});
