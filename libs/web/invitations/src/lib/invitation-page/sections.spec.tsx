import { jest } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { OPERATIONS_NAMESPACE, operationsResources } from '@liaise/web-operations';
import { COMMON_NAMESPACE, commonResources } from '@liaise/web-common';
import { renderWithWords as renderWith } from '@liaise/web-ui/testing';
import { INVITATIONS_NAMESPACE, invitationsResources } from '../i18n.js';
import { EMPTY_RESPONSE } from '../respond-form.js';
import { AcceptanceSection } from './acceptance-section.js';
import { ExactDetailsSection } from './exact-details-section.js';
import { OperationSection } from './operation-section.js';
import { RespondSection, type RespondSectionProps } from './respond-section.js';
import { StatusSection } from './status-section.js';

/** The invitations' words, and those they borrow from the operations. */
const renderWithWords = (ui: ReactNode) => renderWith(ui, { [INVITATIONS_NAMESPACE]: invitationsResources.en, [OPERATIONS_NAMESPACE]: operationsResources.en, [COMMON_NAMESPACE]: commonResources.en });

/** The summary list's rows as [key, value] text pairs. */
const rowsOf = (list: HTMLElement) =>
  within(list)
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);

describe('where the invitation stands', () => {
  it('shows the status, the operation’s state in the partner’s words and the deadline, and nothing not yet given', () => {
    renderWithWords(<StatusSection invitation={{ status: 'PENDING', respondBy: '2026-12-08T17:00:00Z', respondedAt: null, reason: null, attendees: [] }} operationState="PARTNERS_NOTIFIED" />);
    expect(screen.getByTestId('invitation-status').textContent).toBe('Awaiting answer');
    expect(rowsOf(document.body)).toEqual([
      ['Operation', 'Planned'],
      ['Answer needed by', 'Tuesday 8 December 2026 at 5pm'],
    ]);
  });

  it('shows the answer given: when, why, and who was named (flagged without MSHT training)', () => {
    renderWithWords(
      <StatusSection
        invitation={{
          status: 'ACCEPTED',
          respondBy: '2026-12-08T17:00:00Z',
          respondedAt: '2026-12-05T09:15:00Z',
          reason: 'Two of us',
          attendees: [
            { userId: 'u-1', name: 'Ana Lopes', organisationName: 'Safe Harbour', mshtTrainingCurrent: true, attended: null },
            { userId: 'u-2', name: 'Bo Chen', organisationName: 'Safe Harbour', mshtTrainingCurrent: false, attended: null },
          ],
        }}
        operationState="IN_PROGRESS"
      />,
    );
    expect(rowsOf(document.body)).toEqual([
      ['Operation', 'In progress'],
      ['Answer needed by', 'Tuesday 8 December 2026 at 5pm'],
      ['Answered', 'Saturday 5 December 2026 at 9:15am'],
      ['Reason', 'Two of us'],
      ['Named to attend', 'Ana LopesBo Chen MSHT training not current'],
    ]);
  });
});

describe('what the force has shared', () => {
  it('shows the day, not the time, the general area and the rest, the duration in words', () => {
    renderWithWords(
      <OperationSection
        forceName="South Wales Police"
        operation={{
          type: 'WELFARE_VISIT',
          plannedDay: '2026-12-10',
          expectedDurationMinutes: 150,
          generalArea: 'Cardiff Bay',
          expectedPeople: 12,
          expectedLanguages: [],
          dependentsExpected: true,
          mediaDecision: 'BY_AGREEMENT',
          mediaReason: 'Local paper, agreed',
          safeguardingLeadRole: 'Detective Sergeant',
          proportionalityStatement: 'Because',
        }}
      />,
    );
    expect(rowsOf(document.body)).toEqual([
      ['Police force', 'South Wales Police'],
      ['Type of operation', 'Welfare visit'],
      ['Day', 'Thursday 10 December 2026'],
      ['Expected duration', '2 hours 30 minutes'],
      ['General area', 'Cardiff Bay'],
      ['Expected people at the premises', '12'],
      ['Expected languages', 'None'],
      ['Dependents or family expected', 'Yes'],
      ['Media decision', expect.any(String)],
      ['Reason for media', 'Local paper, agreed'],
      ['Safeguarding lead', 'Detective Sergeant'],
      ['Why the force says this is proportionate', 'Because'],
    ]);
  });
});

describe('the exact details', () => {
  const exact = { plannedStart: '2026-12-10T06:00:00Z', addresses: ['1 Dock Street', '2 Dock Street'], briefingPoint: null };

  it('shows them, marked confidential, once disclosed', () => {
    renderWithWords(<ExactDetailsSection disclosure={exact} operationState="PARTNERS_NOTIFIED" status="ACCEPTED" named />);
    const details = screen.getByTestId('exact-details');
    expect(within(details).getByText(/Do not share these details/)).toBeTruthy();
    expect(rowsOf(details)).toEqual([
      ['Start time', 'Thursday 10 December 2026 at 6am'],
      ['Addresses', '1 Dock Street2 Dock Street'],
      ['Briefing point', 'None'],
    ]);
  });

  it.each([
    ['CANCELLED', 'ACCEPTED', true, 'This operation was cancelled; its exact details are not shown.'],
    ['CLOSED', 'ACCEPTED', true, 'This operation has ended; its exact details are no longer shown.'],
    ['PARTNERS_NOTIFIED', 'PENDING', false, /appear here for the people your organisation names/],
    ['PARTNERS_NOTIFIED', 'DECLINED', false, 'Your organisation is not attending this operation, so its exact details are not shown.'],
    ['PARTNERS_NOTIFIED', 'ACCEPTED', true, /appear here for the people your organisation names/],
    ['PARTNERS_NOTIFIED', 'ACCEPTED', false, /shown only to the people your organisation named/],
  ] as const)('until then, says why not (operation %s, invitation %s, named: %s)', (operationState, status, named, words) => {
    renderWithWords(<ExactDetailsSection disclosure={null} operationState={operationState} status={status} named={named} />);
    expect(screen.getByTestId('exact-details').textContent).toMatch(words);
  });
});

describe('the answer form', () => {
  const props = (overrides: Partial<RespondSectionProps> = {}): RespondSectionProps => ({
    forceName: 'South Wales Police',
    form: EMPTY_RESPONSE,
    onChange: () => undefined,
    onSubmit: () => undefined,
    errorFor: () => undefined,
    errorPrefix: 'Error',
    colleagues: [],
    ...overrides,
  });

  it('offers the partner’s people to name once it accepts, flagging those without MSHT training', () => {
    const onChange = jest.fn();
    renderWithWords(
      <RespondSection
        {...props({
          form: { ...EMPTY_RESPONSE, choice: 'accept' },
          onChange,
          colleagues: [
            { id: 'u-1', name: 'Ana Lopes', mshtTrainingCurrent: true },
            { id: 'u-2', name: 'Bo Chen', mshtTrainingCurrent: false },
          ],
        })}
      />,
    );
    const group = screen.getByRole('group', { name: 'Who will attend?' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(group).getByText('MSHT training not current')).toBeTruthy();
    fireEvent.click(within(group).getAllByRole('checkbox')[1]);
    expect(onChange).toHaveBeenCalledWith({ choice: 'accept', attendeeUserIds: ['u-2'], reason: '' });
  });

  it('says so while its people load, and when it has no one to name', () => {
    const { rerender } = renderWithWords(<RespondSection {...props({ form: { ...EMPTY_RESPONSE, choice: 'accept' }, colleagues: undefined })} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    rerender(<RespondSection {...props({ form: { ...EMPTY_RESPONSE, choice: 'accept' }, colleagues: [] })} />);
    expect(screen.getByText('There is no one in your organisation who can be named.')).toBeTruthy();
  });

  it('shows each problem on its field', () => {
    renderWithWords(<RespondSection {...props({ form: { ...EMPTY_RESPONSE, choice: 'decline' }, errorFor: (field) => (field === 'reason' ? 'Enter why' : undefined) })} />);
    const reason = screen.getByRole('textbox', { name: 'Why will your organisation not attend?' });
    expect(reason.getAttribute('aria-describedby')).toBe('reason-hint reason-error');
    expect(document.getElementById('reason-error')?.textContent).toBe('Error: Enter why');
    expect(document.getElementById('reason-hint')?.textContent).toBe('South Wales Police will see this');
  });

  it('sends on the button', () => {
    const onSubmit = jest.fn();
    renderWithWords(<RespondSection {...props({ onSubmit })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('after accepting', () => {
  it('offers withdrawing while it may be withdrawn', () => {
    renderWithWords(<AcceptanceSection invitationId="inv-1" forceName="South Wales Police" withdrawable stands={false} />);
    expect(screen.getByRole('link', { name: 'Withdraw your acceptance' }).getAttribute('href')).toBe('/invitations/inv-1/withdraw-acceptance');
  });

  it('says the acceptance stands once the operation is under way', () => {
    renderWithWords(<AcceptanceSection invitationId="inv-1" forceName="South Wales Police" withdrawable={false} stands />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/tell South Wales Police directly/)).toBeTruthy();
  });
});
