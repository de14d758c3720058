import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Invitation } from '../invitation.entity.js';
import { OperationAttendee } from '../operation-attendee.entity.js';

/** The people a partner named to attend an operation when it accepted, and whether they attended. */
@Injectable()
export class AttendeeRepository {
  async name(manager: EntityManager, attendees: readonly OperationAttendee[]): Promise<void> {
    await manager.insert(OperationAttendee, [...attendees]);
  }

  /** Removes an invitation's named people (its acceptance ended). */
  async removeFor(manager: EntityManager, invitationId: string): Promise<void> {
    await manager.delete(OperationAttendee, { invitationId });
  }

  async setAttended(manager: EntityManager, attendee: OperationAttendee, attended: boolean): Promise<void> {
    await manager.update(OperationAttendee, { invitationId: attendee.invitationId, userId: attendee.userId }, { attended });
  }

  /** The named attendees of an operation's accepted invitations, in the order they were named. */
  namedFor(manager: EntityManager, operationId: string): Promise<OperationAttendee[]> {
    return manager
      .createQueryBuilder(OperationAttendee, 'a')
      .innerJoin(Invitation, 'i', 'i.id = a.invitation_id')
      .where('a.operation_id = :operationId AND i.status = :status', { operationId, status: 'ACCEPTED' })
      .orderBy('a.named_at', 'ASC')
      .addOrderBy('a.user_id', 'ASC')
      .getMany();
  }

  /** The named attendees of these invitations, in the order they were named. */
  ofInvitations(manager: EntityManager, invitationIds: readonly string[]): Promise<OperationAttendee[]> {
    return manager.find(OperationAttendee, { where: { invitationId: In([...invitationIds]) }, order: { namedAt: 'ASC', userId: 'ASC' } });
  }
}
