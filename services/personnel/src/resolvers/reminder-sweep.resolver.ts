import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { reminderSweepPage } from '../services/reminder-sweep.service.js';
import { EmployeeConnection } from '../types/employee-connection.type.js';

@Resolver()
export class ReminderSweepResolver {
  @Mutation(() => EmployeeConnection, {
    description:
      'One page of the agency’s employees for the reminder sweep, in id order: select trainingRemindersSwept and certificateRemindersSwept on each to write the reminders due today (the gateway’s scheduler daily, or the agency’s administrator now). Idempotent: a second run writes nothing.',
  })
  sweepReminders(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
    @Ctx() context: Context,
  ): Promise<EmployeeConnection> {
    return reminderSweepPage(context, { agencyId, first, after });
  }
}
