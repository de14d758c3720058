import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { ChecklistAnswer } from '@liaise/shared-domain';
import { OperationChecklistAnswer } from '../checklist.entities.js';

/** An item an operation is asked, as planned: its title and hint are copied, so a later change leaves it be. */
export interface PlannedItem {
  readonly key: string;
  readonly title: string;
  readonly hint: string;
}

/** An operation's readiness checklist: one row an item, in the order asked, with its answer once given. */
@Injectable()
export class ChecklistAnswerRepository {
  /** The checklists of these operations, each in its order. */
  forOperations(manager: EntityManager, operationIds: readonly string[]): Promise<OperationChecklistAnswer[]> {
    return manager.find(OperationChecklistAnswer, { where: { operationId: In([...operationIds]) }, order: { operationId: 'ASC', position: 'ASC' } });
  }

  /** The operation's items, in no order. */
  items(manager: EntityManager, operationId: string): Promise<OperationChecklistAnswer[]> {
    return manager.find(OperationChecklistAnswer, { where: { operationId } });
  }

  /** The operation's items answered MET, in their order. */
  met(manager: EntityManager, operationId: string): Promise<OperationChecklistAnswer[]> {
    return manager.find(OperationChecklistAnswer, { where: { operationId, answer: 'MET' }, order: { position: 'ASC' } });
  }

  /** How many of the operation's items are still unanswered (0: the checklist is complete). */
  async unanswered(manager: EntityManager, operationId: string): Promise<number> {
    const [{ count }] = (await manager.query(
      'SELECT count(*)::int AS count FROM operation_checklist_answer WHERE operation_id = $1 AND answer IS NULL',
      [operationId],
    )) as [{ count: number }];
    return count;
  }

  /** The new operation's checklist, unanswered, in the order given. */
  async plan(manager: EntityManager, operationId: string, organisationId: string, items: readonly PlannedItem[]): Promise<void> {
    await manager.insert(
      OperationChecklistAnswer,
      items.map((item, position) => ({
        operationId,
        itemKey: item.key,
        organisationId,
        position,
        title: item.title,
        hint: item.hint,
        answer: null,
        reason: null,
        answeredByUserId: null,
        answeredAt: null,
      })),
    );
  }

  /** Writes a batch of answers in one statement, each by `userId` at `at`. */
  async answer(
    manager: EntityManager,
    operationId: string,
    answers: readonly { readonly key: string; readonly answer: ChecklistAnswer; readonly reason: string | null }[],
    by: { readonly userId: string; readonly at: Date },
  ): Promise<void> {
    await manager.query(
      `UPDATE operation_checklist_answer a
          SET answer = v.answer::checklist_answer, reason = v.reason, answered_by_user_id = $2, answered_at = $3
         FROM unnest($4::text[], $5::text[], $6::text[]) AS v(item_key, answer, reason)
        WHERE a.operation_id = $1 AND a.item_key = v.item_key`,
      [operationId, by.userId, by.at, answers.map((a) => a.key), answers.map((a) => a.answer), answers.map((a) => a.reason)],
    );
  }
}
