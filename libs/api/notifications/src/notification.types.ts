import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@liaise/shared-domain';

export const NotificationEventEnum = Object.fromEntries(NOTIFICATION_EVENTS.map((event) => [event, event])) as {
  [E in NotificationEvent]: E;
};
registerEnumType(NotificationEventEnum, {
  name: 'NotificationEvent',
  description: 'What a notification is about; its text says only that something needs attention.',
});

@ObjectType('NotificationSubject', {
  description:
    'The operation and organisations a notification is about, as its reader may see them when reading it: a force its own operation’s reference, a partner only what kind of operation and its general area. Never an address or a time.',
})
export class NotificationSubjectView {
  @Field(() => ID, { nullable: true })
  operationId!: string | null;

  @Field(() => String, { nullable: true, description: 'The force’s own reference: only for the force that planned the operation.' })
  operationReference!: string | null;

  @Field(() => String, { nullable: true, description: 'What kind of operation it is (an OperationType value), for a reader who may see the operation.' })
  operationType!: string | null;

  @Field(() => String, { nullable: true, description: 'The operation’s general area, for a reader who may see the operation.' })
  generalArea!: string | null;

  @Field(() => String, { nullable: true, description: 'The force that planned the operation.' })
  forceName!: string | null;

  @Field(() => String, { nullable: true, description: 'The partner organisation invited.' })
  partnerName!: string | null;
}

@ObjectType('Notification', {
  description: 'Something that needs the signed-in person’s attention, with a link to it. Its text has no operation detail; `about` names the operation and partner as the reader may see them.',
})
export class NotificationView {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationEventEnum)
  event!: NotificationEvent;

  @Field(() => String, { description: 'The fixed text of the event.' })
  text!: string;

  @Field(() => String, { description: '`operation` or `invitation`.' })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String, { description: 'Where in the portal to look: `/operations/<id>` or `/invitations/<id>`.' })
  link!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => NotificationSubjectView, { nullable: true, description: 'What it is about, in the portal only (never in an e-mail); null when the reader may no longer see it.' })
  about!: NotificationSubjectView | null;
}

@ObjectType('NotificationPage', { description: 'The signed-in person’s notifications, newest first.' })
export class NotificationPage {
  @Field(() => [NotificationView])
  items!: NotificationView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  nextCursor!: string | null;

  @Field(() => Int, { description: 'How many of the person’s notifications are unread (all of them, not only this page).' })
  unreadCount!: number;
}

@ObjectType('NotificationPreference', { description: 'Whether the signed-in person gets an e-mail for an event.' })
export class NotificationPreferenceView {
  @Field(() => NotificationEventEnum)
  event!: NotificationEvent;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean)
  email!: boolean;
}
