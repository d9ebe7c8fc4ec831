// The career planner: one option by employee and target position, and the option's personnel-owned relations.
// Options are personal (built from assessments): the employee, their manager, an admin, a pii:read key, system.
import { loadAll } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { parseId } from '../errors.js';
import { authorize } from '../policy.js';
import { CareerOption } from '../types/career-option.type.js';

/** The option of an employee for a position, or null when the position is not reachable (or no such employee). */
export async function findCareerOption(
  context: Context,
  employeeId: number,
  positionId: number,
): Promise<CareerOption | null> {
  const employee = await context.loaders.employeesById.load(employeeId);
  if (!employee) return null;
  authorize(context.identity, { action: 'employee.readPersonal', employee });
  const { options } = await context.loaders.careerPlansByEmployeeId.load(employeeId);
  return options.find((option) => option.positionId === String(positionId)) ?? null;
}

@Resolver(() => CareerOption)
export class CareerOptionResolver {
  @Query(() => CareerOption, {
    nullable: true,
    description:
      'One career option of an employee: null when the position is not reachable in one or two moves on the ladder.',
  })
  careerOption(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('positionId', () => ID) positionId: string,
    @Ctx() context: Context,
  ): Promise<CareerOption | null> {
    return findCareerOption(context, parseId(employeeId, 'employeeId'), parseId(positionId, 'positionId'));
  }

  @FieldResolver(() => Employee, { description: 'The employee who would move.' })
  async employee(@Root() option: CareerOption, @Ctx() { loaders }: Context): Promise<Employee> {
    return (await loaders.employeesById.load(parseId(option.employeeId, 'employeeId')))!;
  }

  @FieldResolver(() => Position, { description: 'The target position.' })
  async position(@Root() option: CareerOption, @Ctx() { loaders }: Context): Promise<Position> {
    return (await loaders.positionsById.load(parseId(option.positionId, 'positionId')))!;
  }

  @FieldResolver(() => [Position], {
    description: 'The positions on the way, from the current one to the target (steps + 1 of them).',
  })
  async path(@Root() option: CareerOption, @Ctx() { loaders }: Context): Promise<Position[]> {
    return (await loadAll(loaders.positionsById, option.pathPositionIds)).filter(
      (position): position is Position => position !== null,
    );
  }
}
