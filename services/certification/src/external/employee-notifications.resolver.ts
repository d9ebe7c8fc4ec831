// Certification's part of a person's notification feed, on personnel's Employee: only the person themself reads it
// (an administrator or manager cannot read another's feed). Reading it first sweeps the expiry reminders due today.
import { NotificationFeed, parseId, readNotificationFeed } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { sweepExpiryReminders } from '../services/notification.service.js';
import { Employee } from './employee.js';

@Resolver(() => Employee)
export class EmployeeNotificationsResolver {
  @FieldResolver(() => NotificationFeed, {
    nullable: true,
    description: 'Certification’s notifications for this person (only themself): certificates about to expire.',
  })
  async certificationNotifications(@Root() employee: Employee, @Ctx() context: Context): Promise<NotificationFeed> {
    const employeeId = parseId(employee.id, 'id');
    authorize(context.identity, 'notification:own', { employeeId });
    await sweepExpiryReminders(context, employeeId);
    return readNotificationFeed(context.loaders, context.identity, employeeId);
  }
}
