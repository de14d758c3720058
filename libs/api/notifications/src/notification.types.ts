import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@liaise/shared-domain';

export const NotificationEventEnum = Object.fromEntries(NOTIFICATION_EVENTS.map((event) => [event, event])) as {
  [E in NotificationEvent]: E;
};
registerEnumType(NotificationEventEnum, {
  name: 'NotificationEvent',
  description: 'What a notification is about; its text says only that something needs attention.',
});

@ObjectType('Notification', { description: 'Something that needs the signed-in person’s attention, with a link to it. No operation detail.' })
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
