import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { invalid, parseId } from '../errors.js';
import { EmployeeFilter, EmployeeOrder } from '../inputs/employee-filter.input.js';
import { authorize, can, homeAgency } from '../policy.js';
import { normalizeNip } from '../rules/nip.js';
import { searchEmployees } from '../services/employee-search.service.js';
import { EmployeeConnection } from '../types/employee-connection.type.js';

@ArgsType()
class EmployeesArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1-100 (default 20).' })
  first: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string;

  @Field(() => EmployeeFilter, { defaultValue: {}, description: 'Which employees.' })
  filter: EmployeeFilter;

  @Field(() => EmployeeOrder, {
    nullable: true,
    description: 'Sort order; default by NIP for callers who may read the NIPs of the whole agency, else by name.',
  })
  orderBy?: EmployeeOrder | null;
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => Employee, { nullable: true, description: 'One employee by id or by NIP (give exactly one).' })
  async employee(
    @Arg('id', () => ID, { nullable: true }) id: string | undefined,
    @Arg('nip', () => String, { nullable: true }) nip: string | undefined,
    @Ctx() context: Context,
  ): Promise<Employee | null> {
    if ((id === undefined) === (nip === undefined)) throw invalid('id', 'ID_INVALID');
    if (id !== undefined) {
      const employee = await context.loaders.employeesById.load(parseId(id, 'id'));
      if (employee) authorize(context.identity, { action: 'employee.read', employee });
      return employee;
    }
    // Looking up by NIP reveals what a NIP encodes, and that such a person exists: whoever may not see the NIP gets
    // the same answer as for a NIP nobody has, in whatever agency it is.
    homeAgency(context.identity);
    const employee = await context.loaders.employeesByNip.load(normalizeNip(nip!));
    return employee && can(context.identity, { action: 'employee.readPersonal', employee }) ? employee : null;
  }

  @Query(() => EmployeeConnection, {
    description:
      "Employees of the caller's agency, filtered, sorted (by NIP only with access to personal data), paged by cursor.",
  })
  employees(@Args(() => EmployeesArgs) args: EmployeesArgs, @Ctx() context: Context): Promise<EmployeeConnection> {
    return searchEmployees(context.dataSource, context, args);
  }
}
