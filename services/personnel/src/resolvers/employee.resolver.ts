import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { invalid, parseId } from '../errors.js';
import { EmployeeFilter, EmployeeOrder } from '../inputs/employee-filter.input.js';
import { authorize, homeAgency } from '../policy.js';
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

  @Field(() => EmployeeOrder, { defaultValue: { field: 'NIP', direction: 'ASC' }, description: 'Sort order.' })
  orderBy: EmployeeOrder;
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
    // Looking up by NIP reveals what a NIP encodes: the caller must be allowed to see it.
    homeAgency(context.identity);
    const employee = await context.loaders.employeesByNip.load(normalizeNip(nip!));
    if (employee) authorize(context.identity, { action: 'employee.readPersonal', employee });
    return employee;
  }

  @Query(() => EmployeeConnection, {
    description: "Employees of the caller's agency (system: any), filtered, sorted (default by NIP), paged by cursor.",
  })
  employees(@Args(() => EmployeesArgs) args: EmployeesArgs, @Ctx() context: Context): Promise<EmployeeConnection> {
    return searchEmployees(context.dataSource, context, args);
  }
}
