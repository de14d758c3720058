import { Injectable } from '@nestjs/common';
import { AccountDirectory } from '@liaise/api-auth';
import type { EntityManager } from 'typeorm';
import { Clock, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { TrainingService } from '@liaise/api-training';
import { ukDate } from '@liaise/shared-domain';
import { ChecklistAnswerRepository } from '../data/checklist-answer.repository.js';
import { OperationRepository } from '../data/operation.repository.js';
import { TransitionRepository } from '../data/transition.repository.js';
import { NamedOfficerRepository } from '../data/named-officer.repository.js';
import type { Operation } from '../operation.entity.js';
import type { NamedOfficerView, OperationPage, OperationView } from '../operation.types.js';
import { OwnedOperations } from '../owned-operations.js';
import { encodeOperationsCursor } from './operations-cursor.js';
import { checkOperationsQuery, type OperationsFilterValues } from './operations-query.js';
import { groupBy, operationView } from './operation-view.js';

/** The acting force's operations as GraphQL shows them: one, a page of the list, or the rows a step has just read. */
@Injectable()
export class OperationViews {
  constructor(
    private readonly owned: OwnedOperations,
    private readonly operations: OperationRepository,
    private readonly checklists: ChecklistAnswerRepository,
    private readonly transitions: TransitionRepository,
    private readonly officers: NamedOfficerRepository,
    private readonly training: TrainingService,
    private readonly people: AccountDirectory,
    private readonly clock: Clock,
  ) {}

  /** The acting force's operation. */
  async view(manager: EntityManager, auth: RequestAuth, id: string): Promise<OperationView> {
    const [view] = await this.toViews(manager, [await this.owned.get(manager, auth, id)]);
    if (view === undefined) throw new NotFoundError();
    return view;
  }

  /** Views of rows of the acting force, in the order given: a fixed number of queries whatever their count. */
  async toViews(manager: EntityManager, rows: readonly Operation[]): Promise<OperationView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const answers = await this.checklists.forOperations(manager, ids);
    const transitions = await this.transitions.forOperations(manager, ids);
    const officersOf = await this.namedOfficers(manager, rows[0]?.organisationId ?? '', ids);
    const names = await this.people.namesOf(manager, [
      ...answers.flatMap((answer) => (answer.answeredByUserId === null ? [] : [answer.answeredByUserId])),
      ...transitions.map((transition) => transition.byUserId),
    ]);
    const answersOf = groupBy(answers, (answer) => answer.operationId);
    const transitionsOf = groupBy(transitions, (transition) => transition.operationId);
    return rows.map((row) =>
      operationView(row, {
        checklist: answersOf.get(row.id) ?? [],
        transitions: transitionsOf.get(row.id) ?? [],
        namedOfficers: officersOf.get(row.id) ?? [],
        names,
      }),
    );
  }

  /**
   * The acting force's operations, today's and later ones first (soonest at the top), then earlier ones
   * (latest first), a page at a time. A partner gets an empty page.
   */
  async list(
    manager: EntityManager,
    auth: RequestAuth,
    filter: OperationsFilterValues | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<OperationPage> {
    const query = checkOperationsQuery(filter, first, after);
    const count = await this.operations.count(manager, auth.organisationId, query.filter);
    const today = query.cursor?.today ?? ukDate(this.clock.now());
    const keys = await this.operations.page(manager, auth.organisationId, query.filter, { today, cursor: query.cursor, limit: query.size + 1 });
    const page = keys.slice(0, query.size);
    const byId = new Map((await this.operations.findOwnedByIds(manager, auth.organisationId, page.map((key) => key.id))).map((row) => [row.id, row]));
    const ordered = page.flatMap((key) => {
      const row = byId.get(key.id);
      return row === undefined ? [] : [row];
    });
    const last = page.at(-1);
    return {
      items: await this.toViews(manager, ordered),
      nextCursor: keys.length > query.size && last !== undefined ? encodeOperationsCursor({ today, earlier: last.earlier, start: last.start_key, id: last.id }) : null,
      totalCount: count,
    };
  }

  /** The named officers of each operation, by name, with their MSHT training standing. */
  private async namedOfficers(manager: EntityManager, organisationId: string, operationIds: readonly string[]): Promise<Map<string, NamedOfficerView[]>> {
    const rows = await this.officers.forOperations(manager, organisationId, operationIds);
    const userIds = rows.map((row) => row.user_id);
    const training = await this.training.currentMshtTraining(manager, userIds);
    // The directory answers by name: that order is the list's.
    const people = await this.people.summariesOf(manager, userIds);
    const position = new Map(people.map((person, index) => [person.id, index]));
    const names = new Map(people.map((person) => [person.id, person.displayName]));
    const officers = rows
      .filter((row) => names.has(row.user_id))
      .sort((a, b) => (position.get(a.user_id) ?? 0) - (position.get(b.user_id) ?? 0))
      .map((row) => ({
        operationId: row.operation_id,
        view: { userId: row.user_id, name: names.get(row.user_id) ?? '', mshtTrainingCurrent: training.get(row.user_id) === true, attended: row.attended },
      }));
    return new Map([...groupBy(officers, (officer) => officer.operationId)].map(([id, named]) => [id, named.map((officer) => officer.view)]));
  }
}
