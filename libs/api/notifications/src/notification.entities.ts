import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@liaise/shared-domain';

/**
 * An in-app notification for one person. Its text comes from the event (NOTIFICATION_TEXT): it says only
 * that something needs attention and links back, so no operation detail is ever stored or sent in one. The
 * portal names the operation and partner it is about by reading them, under the reader's access, when the
 * notification is read (NotificationSubject).
 * Row-level security admits the recipient's organisation; the service reads only the acting user's.
 */
@Entity()
@Index('IDX_notification_recipient', ['userId', 'createdAt', 'id'])
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  userId!: string;

  @Column({ type: 'enum', enum: NOTIFICATION_EVENTS, enumName: 'notification_event' })
  event!: NotificationEvent;

  /** What it is about, for the web to follow (for example `operation` or `invitation`) and its id. */
  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  /**
   * The invitation it is about, when there is one (also when the subject is its operation): only the id,
   * so the portal can name the partner to the reader under the reader's own access.
   */
  @Column('uuid', { nullable: true })
  invitationId!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}

/** Whether a person wants an e-mail for an event; no row means the default (NOTIFICATION_EMAIL_DEFAULT: yes). */
@Entity()
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_EVENTS, enumName: 'notification_event' })
  event!: NotificationEvent;

  @Column('uuid')
  organisationId!: string;

  @Column('boolean')
  email!: boolean;
}
