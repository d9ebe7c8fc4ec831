// Training's part of a person's notification feed, on personnel's Employee: only the person themself reads it (an
// administrator or manager cannot read another's feed). Reading it first sweeps the reminders due today: the JP
// shortfall, and seats open in trainings that close the person's gaps (personnel's, required here).
import { NotificationFeed, parseId, readNotificationFeed } from '@asn/common';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { sweepDueReminders } from '../services/notification.service.js';
import { Employee } from './employee.js';

@Resolver(() => Employee)
export class EmployeeNotificationsResolver {
  @Directive('@requires(fields: "employeeType competencyGaps { competencyId requiredLevel currentLevel }")')
  @FieldResolver(() => NotificationFeed, {
    nullable: true,
    description:
      'Training’s notifications for this person (only themself): requests decided, approvals waiting for them as manager, the JP shortfall near the year’s end, seats open in trainings that close their gaps.',
  })
  async trainingNotifications(@Root() employee: Employee, @Ctx() context: Context): Promise<NotificationFeed> {
    const employeeId = parseId(employee.id, 'id');
    authorize(context.identity, 'notification:own', { employeeId });
    await sweepDueReminders(context, employee);
    return readNotificationFeed(context.loaders, context.identity, employeeId);
  }
}
