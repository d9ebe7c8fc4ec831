// Training's part of a person's notification feed, on personnel's Employee: only the person themself reads it (an
// administrator or manager cannot read another's feed). Reading it first sweeps the JP shortfall reminder due today.
import { NotificationFeed, parseId, readNotificationFeed } from '@asn/common';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { sweepJpReminder } from '../services/notification.service.js';
import { Employee } from './employee.js';

@Resolver(() => Employee)
export class EmployeeNotificationsResolver {
  @Directive('@requires(fields: "employeeType")')
  @FieldResolver(() => NotificationFeed, {
    nullable: true,
    description:
      'Training’s notifications for this person (only themself): requests decided, approvals waiting for them as manager, the JP shortfall near the year’s end.',
  })
  async trainingNotifications(@Root() employee: Employee, @Ctx() context: Context): Promise<NotificationFeed> {
    const employeeId = parseId(employee.id, 'id');
    authorize(context.identity, 'notification:own', { employeeId });
    await sweepJpReminder(context, employeeId, employee.employeeType);
    return readNotificationFeed(context.loaders, context.identity, employeeId);
  }
}
