import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => Employee, { nullable: true, description: 'One employee by id.' })
  employee(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Employee | null> {
    return loaders.employeesById.load(Number(id));
  }

  @Query(() => [Employee], { description: 'Employees in NIP order.' })
  employees(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { dataSource }: Context,
  ): Promise<Employee[]> {
    return dataSource.getRepository(Employee).find({ order: { nip: 'ASC' }, take: Math.min(first, 100) });
  }
}
