import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';

/** What training adds to personnel's Employee. Nullable, so a training outage leaves the rest of the answer intact. */
@Resolver(() => Employee)
export class EmployeeEnrolmentsResolver {
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: 'The employee’s training enrolments, oldest first.',
  })
  enrolments(@Root() employee: Employee, @Ctx() { loaders }: Context): Promise<Enrolment[]> {
    return loaders.enrolmentsByEmployeeId.load(Number(employee.id));
  }
}
