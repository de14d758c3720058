import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, DomainError, type RequestAuth } from '@liaise/api-core';
import type { ChecklistAnswer, OperationState } from '@liaise/shared-domain';
import { ChecklistAnswerRepository } from '../data/checklist-answer.repository.js';
import { OperationRepository } from '../data/operation.repository.js';
import { stateWords } from '../lifecycle/lifecycle-rules.js';
import { NamedOfficersService } from '../officers/named-officers.service.js';
import { OperationAudit } from '../operation-audit.js';
import type { OperationView } from '../operation.types.js';
import { OwnedOperations } from '../owned-operations.js';
import { OperationViews } from '../views/operation-views.service.js';
import { checkChecklistAnswers } from './checklist-rules.js';

export interface ChecklistAnswerValues {
  readonly key: string;
  readonly answer: ChecklistAnswer;
  readonly reason?: string | null;
}

/** Checklist states in which answers may still change: the checklist is settled once partners are notified. */
export const CHECKLIST_OPEN_STATES: readonly OperationState[] = ['DRAFT', 'READY'];

/** Answering an operation's readiness checklist. */
@Injectable()
export class ChecklistService {
  constructor(
    private readonly owned: OwnedOperations,
    private readonly operations: OperationRepository,
    private readonly checklists: ChecklistAnswerRepository,
    private readonly officers: NamedOfficersService,
    private readonly audit: OperationAudit,
    private readonly views: OperationViews,
    private readonly clock: Clock,
  ) {}

  async answerChecklist(
    manager: EntityManager,
    auth: RequestAuth,
    id: string,
    version: number,
    answers: readonly ChecklistAnswerValues[],
  ): Promise<OperationView> {
    const row = await this.owned.lock(manager, auth, id, version);
    if (!CHECKLIST_OPEN_STATES.includes(row.state)) {
      throw new DomainError(
        'CHECKLIST_SETTLED',
        `The checklist is settled once partners are notified: an operation that is ${stateWords(row.state)} cannot have its checklist changed.`,
      );
    }
    const items = await this.checklists.items(manager, row.id);
    const facts = { ...row, namedOfficersWithoutMshtTraining: await this.officers.withoutMshtTraining(manager, auth, row.id) };
    const checked = checkChecklistAnswers(answers, new Map(items.map((item) => [item.itemKey, { title: item.title }])), facts);
    await this.checklists.answer(manager, row.id, checked, { userId: auth.userId, at: this.clock.now() });
    await this.operations.bumpVersion(manager, auth.organisationId, row.id);
    await this.audit.record(manager, auth, { type: 'operation', id: row.id }, 'operation.checklist-answered', {
      answers: checked.map(({ key, answer }) => ({ key, answer })),
    });
    return this.views.view(manager, auth, id);
  }
}
