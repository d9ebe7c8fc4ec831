import { NotificationFeed, inTransaction, markNotificationsRead, ownEmployeeId } from '@asn/common';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';

@Resolver(() => NotificationFeed)
export class NotificationMutationResolver {
  @Mutation(() => Int, {
    description:
      'Marks notifications of your own training feed read (at most 100); an id not in your feed refuses them all. Returns how many changed.',
  })
  markTrainingNotificationsRead(
    @Arg('notificationIds', () => [ID]) notificationIds: string[],
    @Ctx() { identity, dataSource }: Context,
  ): Promise<number> {
    const employeeId = ownEmployeeId(identity);
    authorize(identity, 'notification:own', { employeeId });
    return inTransaction(dataSource, (manager) =>
      markNotificationsRead(manager, identity, employeeId, notificationIds),
    );
  }
}
