import type pg from 'pg';
import {
  BUILT_IN_CHECKLIST_ITEMS,
  DEFAULT_DISCLOSURE_HOURS,
  OPERATION_ACTIONS,
  operationTransition,
  ukDate,
  type InvitationStatus,
  type OperationAction,
  type OperationState,
  type OperationType,
} from '@liaise/shared-domain';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

const [northshire, westmere, harbour, openDoor, safePassage] = DEMO_ORGANISATIONS.map((o) => o.id) as [string, string, string, string, string];
const personId = (n: number) => `5e0d1a2b-3c4d-4e5f-8a9b-${String(n).padStart(12, '0')}`;
const operationId = (n: number) => `0e7a71c3-5d2e-4f10-9b6c-${String(n).padStart(12, '0')}`;
const invitationId = (n: number, partner: number) => `1a7e0c55-2b3d-4c4e-8f5a-${String(n * 100 + partner).padStart(12, '0')}`;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const OFFICERS: Readonly<Record<string, string>> = { [northshire]: personId(2), [westmere]: personId(5) };
/** Each partner's outreach worker, named when the demo has the partner accept. */
/** Northshire's administrator, Alex Admin, whose MSHT course has expired in the demo's training records. */
const UNTRAINED_OFFICER = personId(4);
const WORKERS: Readonly<Record<string, string>> = { [harbour]: personId(6), [openDoor]: personId(9), [safePassage]: personId(10) };
const PARTNER_NUMBERS: Readonly<Record<string, number>> = { [harbour]: 3, [openDoor]: 4, [safePassage]: 5 };

interface DemoInvitation {
  readonly partner: string;
  readonly status: InvitationStatus;
  readonly reason?: string;
  readonly attended?: boolean;
}

interface DemoOperation {
  readonly n: number;
  readonly force: string;
  readonly reference: string;
  readonly type: OperationType;
  readonly state: OperationState;
  /** Start relative to the moment the demo is loaded. */
  readonly startsIn: number;
  readonly generalArea: string;
  readonly addresses: readonly string[];
  readonly invitations: readonly DemoInvitation[];
  /** How many checklist items are answered (all when absent). */
  readonly answered?: number;
  /** Also names the force's administrator, whose MSHT training has expired: the flag shows. */
  readonly namesUntrained?: boolean;
}

/** One operation in every state, so each screen has something to show. Made-up places and references. */
export const DEMO_OPERATIONS: readonly DemoOperation[] = [
  { n: 1, force: northshire, reference: 'NS-OP-2026-141', type: 'WELFARE_VISIT', state: 'DRAFT', startsIn: 12 * DAY, generalArea: 'Port Allen PA3', addresses: ['Flat 2, 14 Quay Street, Port Allen PA3 1DX'], invitations: [], answered: 4 },
  { n: 2, force: northshire, reference: 'NS-OP-2026-138', type: 'PREMISES_VISIT', state: 'READY', startsIn: 9 * DAY, generalArea: 'Kingsbridge KB1', addresses: ['41 Mill Lane, Kingsbridge KB1 4QT'], invitations: [] },
  {
    n: 3, force: northshire, reference: 'NS-OP-2026-135', type: 'WARRANT', state: 'PARTNERS_NOTIFIED', startsIn: 4 * DAY, generalArea: 'Port Allen PA1',
    addresses: ['Upper floor, 7 Chandlers Row, Port Allen PA1 2LB', '9 Chandlers Row, Port Allen PA1 2LB'],
    invitations: [{ partner: harbour, status: 'PENDING' }, { partner: safePassage, status: 'ACCEPTED' }],
    namesUntrained: true,
  },
  {
    n: 4, force: northshire, reference: 'NS-OP-2026-133', type: 'WELFARE_VISIT', state: 'PARTNERS_NOTIFIED', startsIn: 8 * HOUR, generalArea: 'Kingsbridge KB2',
    addresses: ['3 Tanners Yard, Kingsbridge KB2 9HF'],
    invitations: [{ partner: harbour, status: 'ACCEPTED' }],
  },
  { n: 5, force: northshire, reference: 'NS-OP-2026-129', type: 'PREMISES_VISIT', state: 'IN_PROGRESS', startsIn: -1 * HOUR, generalArea: 'Port Allen PA2', addresses: ['22 Rope Walk, Port Allen PA2 7EN'], invitations: [{ partner: harbour, status: 'ACCEPTED' }] },
  { n: 6, force: northshire, reference: 'NS-OP-2026-120', type: 'WARRANT', state: 'COMPLETED', startsIn: -3 * DAY, generalArea: 'Kingsbridge KB1', addresses: ['5 Orchard Court, Kingsbridge KB1 2AA'], invitations: [{ partner: harbour, status: 'ACCEPTED', attended: true }, { partner: safePassage, status: 'DECLINED', reason: 'No worker free that evening; we can visit the following day.' }] },
  { n: 7, force: northshire, reference: 'NS-OP-2026-108', type: 'INTENSIFICATION', state: 'FOLLOW_UP', startsIn: -14 * DAY, generalArea: 'Port Allen PA1', addresses: ['11 Ferry Road, Port Allen PA1 5TR'], invitations: [{ partner: safePassage, status: 'ACCEPTED', attended: true }] },
  { n: 8, force: northshire, reference: 'NS-OP-2026-071', type: 'WELFARE_VISIT', state: 'CLOSED', startsIn: -60 * DAY, generalArea: 'Kingsbridge KB3', addresses: ['18 Weavers Close, Kingsbridge KB3 8JS'], invitations: [{ partner: harbour, status: 'ACCEPTED', attended: true }] },
  { n: 9, force: northshire, reference: 'NS-OP-2026-126', type: 'PREMISES_VISIT', state: 'CANCELLED', startsIn: 2 * DAY, generalArea: 'Port Allen PA3', addresses: ['6 Sail Loft Lane, Port Allen PA3 3GH'], invitations: [{ partner: harbour, status: 'CANCELLED' }] },
  {
    n: 10, force: westmere, reference: 'WM-2026-0457', type: 'WELFARE_VISIT', state: 'PARTNERS_NOTIFIED', startsIn: 5 * DAY, generalArea: 'Hollin Vale HV4',
    addresses: ['Unit 3, Brook Mews, Hollin Vale HV4 6PD'],
    invitations: [{ partner: openDoor, status: 'PENDING' }, { partner: harbour, status: 'DECLINED', reason: 'Outside the area we can cover that week.' }],
  },
];

/** When each step happened, relative to the start. */
const STEP_OFFSETS: Readonly<Record<OperationAction, number>> = {
  MARK_READY: -7 * DAY,
  REOPEN: -8 * DAY,
  NOTIFY_PARTNERS: -5 * DAY,
  START: 0,
  COMPLETE: 3 * HOUR,
  BEGIN_FOLLOW_UP: DAY,
  CLOSE: 30 * DAY,
  CANCEL: -DAY,
};

interface Step {
  readonly action: OperationAction;
  readonly from: OperationState;
  readonly to: OperationState;
}

/** The moves that take a new operation to `state`, in order, checked against the lifecycle table. */
function pathTo(state: OperationState): Step[] {
  const actions: OperationAction[] =
    state === 'CANCELLED' ? ['MARK_READY', 'NOTIFY_PARTNERS', 'CANCEL'] : ['MARK_READY', 'NOTIFY_PARTNERS', 'START', 'COMPLETE', 'BEGIN_FOLLOW_UP', 'CLOSE'];
  const path: Step[] = [];
  let current: OperationState = 'DRAFT';
  for (const action of actions) {
    if (current === state) break;
    const result = operationTransition(current, action);
    if (!result.ok) throw new Error(`Demo path to ${state}: ${result.message}`);
    path.push({ action, from: current, to: result.to });
    current = result.to;
  }
  return path;
}

/** Why a checklist item of a demo operation is not met, or null when it is met. */
function notMetReason(op: DemoOperation, key: string): string | null {
  if (key === 'longer-term-plan') return 'The partnership plan for this area is being agreed with partners this month.';
  if (key === 'msht-training' && op.namesUntrained === true) return 'One named officer’s MSHT refresher is booked for the week before the operation.';
  return null;
}

/** Loads the demo operations, their checklists, histories and invitations. Idempotent, like the rest. */
export async function loadDemoOperations(client: pg.Client, now: Date): Promise<void> {
  for (const op of DEMO_OPERATIONS) {
    const officer = OFFICERS[op.force] as string;
    const start = new Date(now.getTime() + op.startsIn);
    const disclosureAt = new Date(start.getTime() - DEFAULT_DISCLOSURE_HOURS * HOUR);
    const path = pathTo(op.state);
    const attendanceRecorded = ['COMPLETED', 'FOLLOW_UP', 'CLOSED'].includes(op.state);
    // Each step at a plausible time around the start, and never in the future.
    const stepAt = (i: number) =>
      new Date(Math.min(start.getTime() + STEP_OFFSETS[(path[i] as Step).action], now.getTime() - (path.length - i) * 10 * 60 * 1000));
    const planningStarted = new Date(Math.min(start.getTime() - 10 * DAY, now.getTime() - 3 * DAY));
    const id = operationId(op.n);
    await client.query("select set_config('app.org_id', $1, true)", [op.force]);
    await client.query(
      `insert into operation (id, organisation_id, reference, type, state, planned_start, planned_day, expected_duration_minutes,
         general_area, addresses, briefing_point, expected_people, expected_languages, dependents_expected, dependents_arrangements,
         media_decision, media_reason, safeguarding_lead_name, safeguarding_lead_role, officers_attending, female_officers_attending,
         no_female_officers_reason, interpreter_arranged, proportionality_statement, intelligence_reference, disclosure_at,
         officers_attended, created_by_user_id, state_changed_at, state_changed_by_user_id, version)
       values ($1, $2, $3, $4, $5, $6, $7, 180, $8, $9, $10, 4, $11, $12, $13, 'NO_MEDIA', null, 'DS Priya Nair',
         'Detective Sergeant, safeguarding lead', 6, 2, null, true, $14, $15, $16, $17, $18, $19, $18, 1)
       on conflict (id) do nothing`,
      [
        id,
        op.force,
        op.reference,
        op.type,
        op.state,
        start,
        ukDate(start),
        op.generalArea,
        op.addresses,
        'Car park behind the community centre, Market Street',
        ['Romanian', 'Bulgarian', 'Thai'],
        op.n % 2 === 0,
        op.n % 2 === 0 ? 'A children’s services duty worker is on call; no child will be separated from a parent.' : null,
        'Concerns reported by residents and a partner project suggest that people at the premises may be controlled by others. ' +
          'The visit is to check on their welfare and offer support; nobody is expected to be arrested for selling sex.',
        `INT/${op.reference}/ref-7`,
        disclosureAt,
        attendanceRecorded ? 5 : null,
        officer,
        path.length === 0 ? planningStarted : stepAt(path.length - 1),
      ],
    );
    const answered = op.answered ?? BUILT_IN_CHECKLIST_ITEMS.length;
    for (const [position, item] of BUILT_IN_CHECKLIST_ITEMS.entries()) {
      const isAnswered = position < answered;
      await client.query(
        `insert into operation_checklist_answer (operation_id, item_key, organisation_id, position, title, hint, answer, reason,
           answered_by_user_id, answered_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing`,
        [
          id,
          item.key,
          op.force,
          position,
          item.title,
          item.hint,
          isAnswered ? (notMetReason(op, item.key) === null ? 'MET' : 'NOT_MET') : null,
          isAnswered ? notMetReason(op, item.key) : null,
          isAnswered ? officer : null,
          isAnswered ? planningStarted : null,
        ],
      );
    }
    for (const [i, { action, from, to }] of path.entries()) {
      await client.query(
        `insert into operation_transition (id, operation_id, organisation_id, action, from_state, to_state, reason, by_user_id, at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing`,
        [
          `2b7e0c55-2b3d-4c4e-8f5a-${String(op.n * 100 + OPERATION_ACTIONS.indexOf(action)).padStart(12, '0')}`,
          id,
          op.force,
          action,
          from,
          to,
          action === 'CANCEL' ? 'The premises were found empty on a reconnaissance visit.' : null,
          officer,
          stepAt(i),
        ],
      );
    }
    const officersNamed = op.state === 'DRAFT' ? [] : op.namesUntrained === true ? [officer, UNTRAINED_OFFICER] : [officer];
    for (const userId of officersNamed) {
      await client.query(
        `insert into operation_officer (operation_id, user_id, organisation_id, named_by_user_id, named_at, attended)
         values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
        [id, userId, op.force, officer, planningStarted, attendanceRecorded ? true : null],
      );
    }
    for (const invitation of op.invitations) {
      const partnerNumber = PARTNER_NUMBERS[invitation.partner] as number;
      const invId = invitationId(op.n, partnerNumber);
      const notifiedAt = stepAt(path.findIndex((step) => step.action === 'NOTIFY_PARTNERS'));
      const respondBy = invitation.status === 'PENDING' ? new Date(now.getTime() + DAY) : new Date(notifiedAt.getTime() + 2 * DAY);
      const responded = invitation.status !== 'PENDING' && invitation.status !== 'CANCELLED';
      const worker = WORKERS[invitation.partner] as string;
      await client.query("select set_config('app.org_id', $1, true)", [op.force]);
      await client.query(
        `insert into invitation (id, operation_id, force_organisation_id, partner_organisation_id, status, respond_by, reason,
           invited_by_user_id, responded_by_user_id, responded_at, status_changed_at, created_at, version)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1) on conflict (id) do nothing`,
        [
          invId,
          id,
          op.force,
          invitation.partner,
          invitation.status,
          respondBy,
          invitation.reason ?? null,
          officer,
          responded ? worker : null,
          responded ? new Date(notifiedAt.getTime() + 3 * HOUR) : null,
          responded ? new Date(notifiedAt.getTime() + 3 * HOUR) : notifiedAt,
          notifiedAt,
        ],
      );
      if (invitation.status === 'ACCEPTED') {
        await client.query(
          `insert into operation_attendee (invitation_id, user_id, operation_id, force_organisation_id, organisation_id, attended, named_at)
           values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing`,
          [invId, worker, id, op.force, invitation.partner, invitation.attended ?? null, new Date(notifiedAt.getTime() + 3 * HOUR)],
        );
      }
    }
  }
}
