// What the needs survey adds to personnel's Employee: the survey of the employee's own unit for a year, so an ASN
// finds and answers it from their own page (personnel tells which unit through @requires).
import { parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { authorize } from '../policy.js';
import { Employee } from './employee.js';

@Resolver(() => Employee)
export class EmployeeNeedsSurveyResolver {
  @Directive('@requires(fields: "unit { id }")')
  @FieldResolver(() => NeedsSurvey, {
    nullable: true,
    description: 'The training-needs survey of the employee’s unit for the year; null when none was opened.',
  })
  async needsSurvey(
    @Root() employee: Employee,
    @Arg('year', () => Int, { description: 'The year the survey asks about.' }) year: number,
    @Ctx() { identity, loaders }: Context,
  ): Promise<NeedsSurvey | null> {
    authorize(identity, 'employee:read', { employeeId: parseId(employee.id, 'id') });
    if (!employee.unit) return null;
    return loaders.needsSurveysByUnitYear.load({ unitId: parseId(employee.unit.id, 'unit.id'), year });
  }
}
