// The scheduled reminder sweep's certification part, on personnel's Employee (docs/architecture.md): the gateway walks
// an agency's employees page by page (personnel's sweepReminders) and asks this field of each; a page's employees
// arrive as one `_entities` batch, so the loaders and the swept writes batch across the page. The same sweep the feed
// runs on read, with the same dedupe keys, so a second run writes nothing.
import { parseId } from '@asn/common';
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { sweepExpiryReminders } from '../services/notification.service.js';
import { Employee } from './employee.js';

@Resolver(() => Employee)
export class EmployeeReminderSweepResolver {
  @Directive('@requires(fields: "agency { id }")')
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Writes the certificate expiry reminders due today for this employee and returns how many were new: the reminder sweep’s, for the gateway’s scheduler or the agency’s administrator.',
  })
  async certificateRemindersSwept(@Root() employee: Employee, @Ctx() context: Context): Promise<number> {
    const agencyId = parseId(employee.agency?.id, 'agency.id');
    const employeeId = parseId(employee.id, 'id');
    authorize(context.identity, 'reminders:sweep', { agencyId, employeeId });
    return sweepExpiryReminders(context, employeeId);
  }
}
