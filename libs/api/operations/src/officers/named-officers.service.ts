import { Injectable } from '@nestjs/common';
import { AccountDirectory } from '@liaise/api-auth';
import type { EntityManager } from 'typeorm';
import { Clock, DomainError, type RequestAuth } from '@liaise/api-core';
import { OrganisationsService } from '@liaise/api-organisations';
import { TrainingService } from '@liaise/api-training';
import { EDITABLE_OPERATION_STATES } from '@liaise/shared-domain';
import { checkMetAnswersHold } from '../checklist/checklist-rules.js';
import { ChecklistAnswerRepository } from '../data/checklist-answer.repository.js';
import { NamedOfficerRepository } from '../data/named-officer.repository.js';
import { OperationRepository } from '../data/operation.repository.js';
import { LIMITS } from '../limits.js';
import { OperationAudit } from '../operation-audit.js';
import type { OfficerChoiceView, OperationView } from '../operation.types.js';
import { OwnedOperations } from '../owned-operations.js';
import { OperationViews } from '../views/operation-views.service.js';
import { stateWords } from '../lifecycle/lifecycle-rules.js';
import { ATTENDANCE_STATES, distinctIds } from './officer-rules.js';

const bad = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, field);

/**
 * The force's own people named to attend an operation, with their MSHT training standing, and whether they
 * attended. Every step locks the operation first and reads and writes the acting force's rows only.
 */
@Injectable()
export class NamedOfficersService {
  constructor(
    private readonly owned: OwnedOperations,
    private readonly operations: OperationRepository,
    private readonly officers: NamedOfficerRepository,
    private readonly checklists: ChecklistAnswerRepository,
    private readonly people: AccountDirectory,
    private readonly organisations: OrganisationsService,
    private readonly training: TrainingService,
    private readonly audit: OperationAudit,
    private readonly views: OperationViews,
    private readonly clock: Clock,
  ) {}

  /**
   * Names exactly these of the force's active people to attend, before the operation starts: no more than
   * its officers attending. Someone named without current MSHT training is flagged on the operation (and in
   * the audit entry) before the day.
   */
  async nameOfficers(manager: EntityManager, auth: RequestAuth, id: string, version: number, userIds: readonly string[]): Promise<OperationView> {
    const row = await this.owned.lock(manager, auth, id, version);
    if (!EDITABLE_OPERATION_STATES.includes(row.state)) {
      throw new DomainError('NOT_EDITABLE', `Officers are named before the operation starts: this one is ${stateWords(row.state)}.`);
    }
    const refusal = 'Choose officers from your force’s people';
    const ids = distinctIds(userIds, 'userIds', refusal);
    if (ids.length > row.officersAttending) {
      throw bad(`Name no more officers than are attending (${row.officersAttending}): change the number attending in the operation’s details first`, 'userIds');
    }
    if ((await this.people.activeMemberIds(manager, auth.organisationId, ids)).length !== ids.length) throw bad(refusal, 'userIds');

    const before = new Set(await this.officers.namedIds(manager, auth.organisationId, row.id));
    const added = ids.filter((userId) => !before.has(userId));
    const removed = [...before].filter((userId) => !ids.includes(userId));
    if (added.length === 0 && removed.length === 0) return this.views.view(manager, auth, id);
    if (removed.length > 0) await this.officers.remove(manager, auth.organisationId, row.id, removed);
    if (added.length > 0) {
      const namedAt = this.clock.now();
      await this.officers.add(
        manager,
        added.map((userId) => ({ operationId: row.id, userId, organisationId: auth.organisationId, namedByUserId: auth.userId, namedAt, attended: null })),
      );
    }
    const training = await this.training.currentMshtTraining(manager, added);
    const untrained = added.filter((userId) => training.get(userId) !== true);
    if (untrained.length > 0) {
      // The request's transaction undoes the naming when it is refused.
      checkMetAnswersHold(
        await this.checklists.met(manager, row.id),
        { ...row, namedOfficersWithoutMshtTraining: untrained.length },
        { which: 'someone without current MSHT training would no longer allow', then: 'name someone trained, or change that checklist answer first', field: 'userIds' },
      );
    }
    await this.operations.bumpVersion(manager, auth.organisationId, row.id);
    await this.audit.record(manager, auth, { type: 'operation', id: row.id }, 'operation.officers-named', { added, removed, withoutMshtTraining: untrained });
    return this.views.view(manager, auth, id);
  }

  /** How many of the force's officers attended, and which of those named did (when `attendedOfficerIds` is given). */
  async recordForceAttendance(
    manager: EntityManager,
    auth: RequestAuth,
    id: string,
    version: number,
    officersAttended: number,
    attendedOfficerIds: readonly string[] | null | undefined,
  ): Promise<OperationView> {
    const row = await this.owned.lock(manager, auth, id, version);
    if (!ATTENDANCE_STATES.includes(row.state)) {
      throw new DomainError('INVALID_STATE', `Attendance is recorded once the operation is completed: this one is ${stateWords(row.state)}.`);
    }
    if (!Number.isInteger(officersAttended) || officersAttended < 0) throw bad('Officers who attended must be a whole number, 0 or more', 'officersAttended');
    if (officersAttended > LIMITS.maxOfficers) throw bad(`Officers who attended must be ${LIMITS.maxOfficers} or fewer`, 'officersAttended');
    const named = attendedOfficerIds === null || attendedOfficerIds === undefined ? null : await this.markAttendance(manager, auth, row.id, attendedOfficerIds);
    if (named !== null && named.attended.length > officersAttended) {
      throw bad(`Officers who attended must count the ${named.attended.length} named officers marked as attended`, 'officersAttended');
    }
    await this.operations.setOfficersAttended(manager, auth.organisationId, row.id, officersAttended);
    await this.audit.record(manager, auth, { type: 'operation', id: row.id }, 'operation.force-attendance-recorded', {
      officersAttended,
      ...(named === null ? {} : { namedAttended: named.attended, namedAbsent: named.absent }),
    });
    return this.views.view(manager, auth, id);
  }

  /** The acting force's active people, who may be named, with their MSHT training standing. None for a partner. */
  async officerChoices(manager: EntityManager, auth: RequestAuth): Promise<OfficerChoiceView[]> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') return [];
    const people = await this.training.activePeopleWithMshtStanding(manager, auth.organisationId);
    return people.map(({ id, name, mshtTrainingCurrent }) => ({ userId: id, name, mshtTrainingCurrent }));
  }

  /** How many officers named for the operation have no current MSHT training. */
  async withoutMshtTraining(manager: EntityManager, auth: RequestAuth, operationId: string): Promise<number> {
    const named = await this.officers.namedIds(manager, auth.organisationId, operationId);
    const training = await this.training.currentMshtTraining(manager, named);
    return named.filter((userId) => training.get(userId) !== true).length;
  }

  /** How many officers are named for the operation. */
  async count(manager: EntityManager, auth: RequestAuth, operationId: string): Promise<number> {
    return (await this.officers.namedIds(manager, auth.organisationId, operationId)).length;
  }

  /** Marks which named officers attended (the rest did not). Ids must be of officers named for it. */
  private async markAttendance(manager: EntityManager, auth: RequestAuth, operationId: string, attendedUserIds: unknown): Promise<{ attended: string[]; absent: string[] }> {
    const refusal = 'Choose officers named for this operation';
    const ids = distinctIds(attendedUserIds, 'attendedOfficerIds', refusal);
    const namedIds = await this.officers.namedIds(manager, auth.organisationId, operationId);
    if (ids.some((userId) => !namedIds.includes(userId))) throw bad(refusal, 'attendedOfficerIds');
    await this.officers.markAttendance(manager, auth.organisationId, operationId, ids);
    return { attended: ids, absent: namedIds.filter((userId) => !ids.includes(userId)) };
  }
}
