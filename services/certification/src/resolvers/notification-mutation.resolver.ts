import { NotificationFeed, markOwnNotificationsRead } from '@asn/common';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';

@Resolver(() => NotificationFeed)
export class NotificationMutationResolver {
  @Mutation(() => Int, {
    description:
      'Marks notifications of your own certification feed read (at most 100); an id not in your feed refuses them all. Returns how many changed.',
  })
  markCertificationNotificationsRead(
    @Arg('notificationIds', () => [ID]) notificationIds: string[],
    @Ctx() context: Context,
  ): Promise<number> {
    return markOwnNotificationsRead(context, notificationIds, (employeeId) =>
      authorize(context.identity, 'notification:own', { employeeId }),
    );
  }
}
