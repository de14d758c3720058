import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { AccountDirectory } from '@liaise/api-auth';
import { Clock, DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { addMonths, type AuditAction, earliestTrainingCompletion, isIsoDate, isUuid, latestTrainingExpiry, roleAllows, TRAINING_MAX_VALIDITY_YEARS, TRAINING_MAX_YEARS_AGO, ukDate } from '@liaise/shared-domain';
import type { TrainingCourse } from './training-course.entity.js';
import { TrainingCourseRepository } from './training-course.repository.js';
import type { AddTrainingRecordInput, TrainingDetailsInput, UpdateTrainingRecordInput } from './training.inputs.js';
import type { TrainingRecord } from './training-record.entity.js';
import { TrainingRecordRepository } from './training-record.repository.js';
import { bestRecord, trainingStatus } from './training-status.js';
import type { CourseTrainingStatus, PersonTraining, TrainingCourseType, TrainingRecordType } from './training.types.js';

const courseView = (course: TrainingCourse): TrainingCourseType => ({
  id: course.id,
  name: course.name,
  validityMonths: course.validityMonths,
  countsAsMsht: course.countsAsMsht,
  ownCourse: course.organisationId !== null,
});

/**
 * Training records: people keep their own; their organisation's administrator keeps everyone's. Records
 * live under row-level security (the person's organisation); "today" comes from the injected clock.
 */
@Injectable()
export class TrainingService {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly courseRows: TrainingCourseRepository,
    private readonly records: TrainingRecordRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Today in the UK, by the injected clock. */
  today(): string {
    return ukDate(this.clock.now());
  }

  /**
   * Which of `userIds` hold current MSHT training today (an expiring record still counts): true or false for
   * every id asked about. Answers only for people of the acting organisation and of organisations in an
   * ACTIVE partnership with it; anyone else is false, as if untrained.
   */
  async currentMshtTraining(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, boolean>> {
    const ids = [...new Set(userIds)].filter(isUuid);
    const result = new Map(userIds.map((id) => [id, false]));
    if (ids.length === 0) return result;
    for (const userId of await this.records.mshtCurrent(manager, ids, this.today())) result.set(userId, true);
    return result;
  }

  /**
   * The active people of `organisationId` (the acting organisation: row-level security shows no other) by
   * name, each with whether their MSHT training is current: who may be named to attend an operation.
   */
  async activePeopleWithMshtStanding(manager: EntityManager, organisationId: string): Promise<{ id: string; name: string; mshtTrainingCurrent: boolean }[]> {
    const people = await this.accounts.activeMembers(manager, organisationId);
    const training = await this.currentMshtTraining(
      manager,
      people.map((person) => person.id),
    );
    return people.map((person) => ({ id: person.id, name: person.displayName, mshtTrainingCurrent: training.get(person.id) === true }));
  }

  async courses(manager: EntityManager): Promise<TrainingCourseType[]> {
    return (await this.courseRows.visible(manager)).map(courseView);
  }

  async mine(manager: EntityManager, auth: RequestAuth): Promise<TrainingRecordType[]> {
    const courses = await this.courseMap(manager);
    const records = await this.records.list(manager, auth.userId);
    return this.recordViews(records, courses);
  }

  /** One record: the signed-in person's own, or (administrators) one of their organisation's people's. */
  async one(manager: EntityManager, auth: RequestAuth, id: string): Promise<TrainingRecordType> {
    const record = await this.find(manager, auth, id);
    return this.view(manager, record.id);
  }

  /** Everyone active in the acting organisation, with their standing on every course. */
  async people(manager: EntityManager, organisationId: string): Promise<PersonTraining[]> {
    const today = this.today();
    const courses = await this.courseRows.visible(manager);
    const courseMap = new Map(courses.map((course) => [course.id, course]));
    const people = await this.accounts.activeMembers(manager, organisationId);
    const records = await this.records.list(manager);
    const byPerson = new Map<string, TrainingRecord[]>();
    for (const record of records) byPerson.set(record.userId, [...(byPerson.get(record.userId) ?? []), record]);
    return people.map((person) => {
      const own = byPerson.get(person.id) ?? [];
      const standing: CourseTrainingStatus[] = courses.map((course) => {
        const best = bestRecord(own.filter((record) => record.courseId === course.id));
        return {
          course: courseView(course),
          status: trainingStatus(best, today),
          expiresOn: best?.expiresOn ?? null,
          recordId: best?.id ?? null,
        };
      });
      return {
        user: {
          id: person.id,
          email: person.email,
          displayName: person.displayName,
          role: person.role,
          organisationId: person.organisationId,
        },
        courses: standing,
        records: this.recordViews(own, courseMap),
        mshtCurrent: standing.some((entry) => entry.course.countsAsMsht && (entry.status === 'CURRENT' || entry.status === 'EXPIRING')),
      };
    });
  }

  async add(manager: EntityManager, auth: RequestAuth, input: AddTrainingRecordInput): Promise<TrainingRecordType> {
    const userId = input.userId ?? auth.userId;
    await this.checkPerson(manager, auth, userId);
    const course = await this.course(manager, input.courseId);
    const details = this.details(input, course);
    const id = randomUUID();
    await this.records.insert(manager, {
      id,
      organisationId: auth.organisationId,
      userId,
      courseId: course.id,
      ...details,
      recordedByUserId: auth.userId,
    });
    await this.record(manager, auth, 'training.record-added', id, { userId, courseId: course.id, completedOn: details.completedOn, expiresOn: details.expiresOn });
    return this.view(manager, id);
  }

  async update(manager: EntityManager, auth: RequestAuth, input: UpdateTrainingRecordInput): Promise<TrainingRecordType> {
    const existing = await this.find(manager, auth, input.id);
    const course = await this.course(manager, input.courseId);
    const details = this.details(input, course);
    if (!(await this.records.change(manager, existing.id, input.version, { courseId: course.id, ...details, recordedByUserId: auth.userId }))) {
      throw new DomainError('STALE', 'Someone else changed this training record while you were editing it. Check it and make your changes again.');
    }
    await this.record(manager, auth, 'training.record-updated', existing.id, {
      userId: existing.userId,
      courseId: course.id,
      completedOn: details.completedOn,
      expiresOn: details.expiresOn,
    });
    return this.view(manager, existing.id);
  }

  async remove(manager: EntityManager, auth: RequestAuth, id: string): Promise<boolean> {
    const existing = await this.find(manager, auth, id);
    await this.records.delete(manager, existing.id);
    await this.record(manager, auth, 'training.record-removed', existing.id, {
      userId: existing.userId,
      courseId: existing.courseId,
      completedOn: existing.completedOn,
      expiresOn: existing.expiresOn,
    });
    return true;
  }

  /** Someone else's training is for those who may manage their organisation's people; either way, only within it. */
  private async checkPerson(manager: EntityManager, auth: RequestAuth, userId: string): Promise<void> {
    if (userId === auth.userId) return;
    if (!roleAllows(auth.role, 'training:manage-people') || !isUuid(userId)) throw new NotFoundError();
    if ((await this.accounts.inOrganisation(manager, auth.organisationId, userId)) === null) throw new NotFoundError();
  }

  private async find(manager: EntityManager, auth: RequestAuth, id: string): Promise<TrainingRecord> {
    const record = isUuid(id) ? await this.records.byId(manager, id) : null;
    if (record === null) throw new NotFoundError();
    await this.checkPerson(manager, auth, record.userId);
    return record;
  }

  private async course(manager: EntityManager, id: string): Promise<TrainingCourse> {
    const course = isUuid(id) ? await this.courseRows.byId(manager, id) : null;
    if (course === null) throw new DomainError('NOT_FOUND', 'Choose a course', 'courseId');
    return course;
  }

  private details(input: TrainingDetailsInput, course: TrainingCourse) {
    const today = this.today();
    if (!isIsoDate(input.completedOn)) throw new DomainError('BAD_USER_INPUT', 'Date completed must be a real date', 'completedOn');
    if (input.completedOn > today) throw new DomainError('BAD_USER_INPUT', 'Date completed must be today or in the past', 'completedOn');
    if (input.completedOn < earliestTrainingCompletion(today)) {
      throw new DomainError('BAD_USER_INPUT', `Date completed must be within the last ${TRAINING_MAX_YEARS_AGO} years`, 'completedOn');
    }
    let expiresOn = input.expiresOn ?? null;
    if (expiresOn !== null) {
      if (!isIsoDate(expiresOn)) throw new DomainError('BAD_USER_INPUT', 'Expiry date must be a real date', 'expiresOn');
      if (expiresOn <= input.completedOn) throw new DomainError('BAD_USER_INPUT', 'Expiry date must be after the date completed', 'expiresOn');
      if (expiresOn > latestTrainingExpiry(input.completedOn)) {
        throw new DomainError('BAD_USER_INPUT', `Expiry date must be no more than ${TRAINING_MAX_VALIDITY_YEARS} years after the date completed`, 'expiresOn');
      }
    } else if (course.validityMonths !== null) {
      expiresOn = addMonths(input.completedOn, course.validityMonths);
    }
    const provider = input.provider.trim();
    if (provider === '') throw new DomainError('BAD_USER_INPUT', 'Enter the training provider', 'provider');
    return { provider, completedOn: input.completedOn, expiresOn, note: input.note?.trim() || null };
  }

  private async courseMap(manager: EntityManager): Promise<Map<string, TrainingCourse>> {
    return new Map((await this.courseRows.visible(manager)).map((course) => [course.id, course]));
  }

  private recordViews(records: readonly TrainingRecord[], courses: ReadonlyMap<string, TrainingCourse>): TrainingRecordType[] {
    const today = this.today();
    return records.flatMap((record) => {
      const course = courses.get(record.courseId);
      if (course === undefined) return [];
      return [
        {
          id: record.id,
          userId: record.userId,
          course: courseView(course),
          provider: record.provider,
          completedOn: record.completedOn,
          expiresOn: record.expiresOn,
          note: record.note,
          status: trainingStatus(record, today),
          version: record.version,
        },
      ];
    });
  }

  private async view(manager: EntityManager, id: string): Promise<TrainingRecordType> {
    const record = await this.records.byId(manager, id);
    if (record === null) throw new NotFoundError();
    const courses = await this.courseRows.byIds(manager, [record.courseId]);
    const [view] = this.recordViews([record], new Map(courses.map((course) => [course.id, course])));
    if (view === undefined) throw new NotFoundError();
    return view;
  }

  private async record(manager: EntityManager, auth: RequestAuth, action: AuditAction, recordId: string, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action,
      subjectType: 'training-record',
      subjectId: recordId,
      detail,
    });
  }
}
