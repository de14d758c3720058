import { BUILT_IN_CHECKLIST_ITEMS } from '@liaise/shared-domain';
import type { Browser } from './browser.js';
import type { TestClock } from './clock.js';
import type { GqlResult } from './graphql.js';

/** Helpers for tests that need an operation: created, answered and marked ready through the api. */

const HOUR = 3_600_000;

export interface OperationSummary {
  id: string;
  version: number;
  state: string;
  plannedStart: string;
  disclosureAt: string;
  checklist: { key: string; answer: string | null }[];
}

const SUMMARY = 'id version state plannedStart disclosureAt checklist { key answer }';

/** Valid details for a Northshire operation starting `startsInHours` after the clock's now; override any. */
export function operationInput(clock: TestClock, overrides: Record<string, unknown> = {}, startsInHours = 96): Record<string, unknown> {
  return {
    reference: 'NS-TEST-0001',
    type: 'WELFARE_VISIT',
    plannedStart: new Date(clock.now().getTime() + startsInHours * HOUR).toISOString(),
    expectedDurationMinutes: 180,
    generalArea: 'Port Allen PA2',
    addresses: ['12 Test Street, Port Allen PA2 1AA'],
    briefingPoint: 'Car park behind the test centre',
    expectedPeople: 4,
    expectedLanguages: ['Romanian', 'Thai'],
    dependentsExpected: false,
    dependentsArrangements: null,
    mediaDecision: 'NO_MEDIA',
    mediaReason: null,
    safeguardingLeadName: 'DS Test Lead',
    safeguardingLeadRole: 'Detective Sergeant, safeguarding lead',
    officersAttending: 6,
    femaleOfficersAttending: 2,
    noFemaleOfficersReason: null,
    interpreterArranged: true,
    proportionalityStatement: 'A welfare visit to offer support; nobody is expected to be arrested for selling sex.',
    intelligenceReference: 'INT/TEST/1',
    partnershipPlanId: null,
    disclosureAt: null,
    ...overrides,
  };
}

async function must<T>(browser: Browser, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = (await browser.gql<T>(query, variables)) as GqlResult<T>;
  if (result.errors?.length || !result.data) throw new Error(`GraphQL refused: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A DRAFT operation of the officer's force. */
export async function createOperation(officer: Browser, input: Record<string, unknown>): Promise<OperationSummary> {
  const data = await must<{ createOperation: OperationSummary }>(
    officer,
    `mutation($input: OperationDetailsInput!) { createOperation(input: $input) { ${SUMMARY} } }`,
    { input },
  );
  return data.createOperation;
}

/** Answers the operation's checklist items (all of them unless `keys` is given) as met. */
export async function answerChecklist(officer: Browser, operation: OperationSummary, keys?: readonly string[]): Promise<OperationSummary> {
  const wanted = keys ?? operation.checklist.map((item) => item.key);
  const answers = wanted.map((key) => ({ key, answer: 'MET' }));
  const data = await must<{ answerChecklist: OperationSummary }>(
    officer,
    `mutation($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) { answerChecklist(id: $id, version: $version, answers: $answers) { ${SUMMARY} } }`,
    { id: operation.id, version: operation.version, answers },
  );
  return data.answerChecklist;
}

export async function transition(officer: Browser, operation: OperationSummary, action: string, reason?: string): Promise<OperationSummary> {
  const data = await must<{ transitionOperation: OperationSummary }>(
    officer,
    `mutation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) { transitionOperation(id: $id, version: $version, action: $action, reason: $reason) { ${SUMMARY} } }`,
    { id: operation.id, version: operation.version, action, reason: reason ?? null },
  );
  return data.transitionOperation;
}

/**
 * A READY operation of the signed-in officer's force (Northshire for the demo liaison officer), made through
 * the api: created with `operationInput` (plus `overrides`), every checklist item answered met, marked ready.
 */
export async function createReadyOperation(
  officer: Browser,
  clock: TestClock,
  overrides: Record<string, unknown> = {},
  startsInHours = 96,
): Promise<OperationSummary> {
  const draft = await createOperation(officer, operationInput(clock, overrides, startsInHours));
  const answered = await answerChecklist(officer, draft);
  return transition(officer, answered, 'MARK_READY');
}

/** How many built-in checklist items a new operation has (a force's own items come after them). */
export const BUILT_IN_ITEM_COUNT = BUILT_IN_CHECKLIST_ITEMS.length;
