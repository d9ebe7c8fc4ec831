import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity.js';

@Directive('@shareable')
@ObjectType({ description: 'One subgraph’s part of a person’s notification feed, newest first.' })
export class NotificationFeed {
  @Field(() => Int, { description: 'How many of them are unread (of all kept, not only those listed).' })
  unreadCount: number;

  @Field(() => [Notification], { description: 'The newest notifications, newest first (at most 50).' })
  notifications: Notification[];
}
