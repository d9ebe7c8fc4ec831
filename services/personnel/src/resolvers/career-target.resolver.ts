// "My target": the career option a person chose, the progress toward it, and choosing or clearing it. Personal,
// like the options it comes from; only the person themself chooses (docs/authorization.md).
import { auditedWrite, inTransaction } from '@asn/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CareerTarget } from '../entities/career-target.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { invalid, parseId } from '../errors.js';
import { ChooseCareerTargetInput, ClearCareerTargetInput } from '../inputs/career-target.input.js';
import { authorize } from '../policy.js';
import { careerTargetProgress } from '../rules/career-target-progress.js';
import { CareerOption } from '../types/career-option.type.js';
import { CareerTargetProgress, CareerTargetView } from '../types/career-target.type.js';

async function optionOf(target: CareerTargetView, { loaders }: Context): Promise<CareerOption | null> {
  const { options } = await loaders.careerPlansByEmployeeId.load(target.employeeId);
  return options.find((option) => option.positionId === String(target.positionId)) ?? null;
}

async function employeeFor(context: Context, id: string): Promise<Employee> {
  const employee = await context.loaders.employeesById.load(parseId(id, 'input.employeeId'));
  if (!employee) throw invalid('input.employeeId', 'EMPLOYEE_NOT_FOUND');
  authorize(context.identity, { action: 'careerTarget.write', employee });
  return employee;
}

@Resolver(() => CareerTargetView)
export class CareerTargetResolver {
  @FieldResolver(() => Position, { description: 'The target position.' })
  async position(@Root() target: CareerTargetView, @Ctx() { loaders }: Context): Promise<Position> {
    return (await loaders.positionsById.load(target.positionId))!;
  }

  @FieldResolver(() => CareerOption, {
    nullable: true,
    description: 'The career option toward it today; null when the position is no longer reachable.',
  })
  option(@Root() target: CareerTargetView, @Ctx() context: Context): Promise<CareerOption | null> {
    return optionOf(target, context);
  }

  @FieldResolver(() => CareerTargetProgress, {
    nullable: true,
    description: 'Competencies and requirements met toward it; null when the position is no longer reachable.',
  })
  async progress(@Root() target: CareerTargetView, @Ctx() context: Context): Promise<CareerTargetProgress | null> {
    const [option, standard] = await Promise.all([
      optionOf(target, context),
      context.loaders.standardsByPositionId.load(target.positionId),
    ]);
    if (!option) return null;
    return careerTargetProgress({
      standardSize: standard.length,
      openGaps: option.gaps.length,
      requirements: option.requirements,
    });
  }

  @Mutation(() => Employee, {
    description: 'Chooses one of the caller’s own career options as their target, replacing any earlier one.',
  })
  async chooseCareerTarget(
    @Arg('input', () => ChooseCareerTargetInput) input: ChooseCareerTargetInput,
    @Ctx() context: Context,
  ): Promise<Employee> {
    const employee = await employeeFor(context, input.employeeId);
    const position = parseId(input.positionId, 'input.positionId');
    const { options } = await context.loaders.careerPlansByEmployeeId.load(employee.id);
    if (!options.some((option) => option.positionId === String(position))) {
      throw invalid('input.positionId', 'NOT_A_CAREER_OPTION');
    }
    const row = { positionId: position, chosenOn: context.today };
    await inTransaction(context.dataSource, async (manager) => {
      const repository = manager.getRepository(CareerTarget);
      const where = { employeeId: employee.id };
      if (await repository.existsBy(where)) {
        await auditedWrite(manager, CareerTarget, where, () => repository.update(where, row));
      } else {
        await repository.insert({ employeeId: employee.id, ...row });
      }
    });
    return employee;
  }

  @Mutation(() => Employee, { description: 'Clears the caller’s own career target (nothing happens without one).' })
  async clearCareerTarget(
    @Arg('input', () => ClearCareerTargetInput) input: ClearCareerTargetInput,
    @Ctx() context: Context,
  ): Promise<Employee> {
    const employee = await employeeFor(context, input.employeeId);
    await inTransaction(context.dataSource, (manager) => {
      const where = { employeeId: employee.id };
      return auditedWrite(manager, CareerTarget, where, () => manager.getRepository(CareerTarget).delete(where));
    });
    return employee;
  }
}

@Resolver(() => Employee)
export class EmployeeCareerTargetResolver {
  @FieldResolver(() => CareerTargetView, {
    nullable: true,
    description: 'The career option the employee chose as their target; null when none (personal).',
  })
  async careerTarget(
    @Root() employee: Employee,
    @Ctx() { loaders, identity }: Context,
  ): Promise<CareerTargetView | null> {
    authorize(identity, { action: 'employee.readPersonal', employee });
    const row = await loaders.careerTargetsByEmployeeId.load(employee.id);
    return row && { employeeId: row.employeeId, positionId: row.positionId, chosenOn: row.chosenOn };
  }
}
