// What training adds to personnel's CareerOption: the training plan of the move (docs/architecture.md, "Entity
// references").
import { parseId } from '@asn/common';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CareerOption } from './career-option.js';
import { authorize } from '../policy.js';
import { CareerTrainingPlan } from '../types/career-training-plan.type.js';
import { planTrainingForCareer } from '../services/career-training-plan.service.js';

@Resolver(() => CareerOption)
export class CareerOptionTrainingResolver {
  @Directive('@requires(fields: "gaps { competencyId requiredLevel currentLevel } leadershipTrainingCode eligibleOn")')
  @FieldResolver(() => CareerTrainingPlan, {
    nullable: true,
    description:
      'The leadership training of the target level, a catalog training per gap with its next open session, total JP and cost, and the earliest eligible date.',
  })
  trainingPlan(@Root() option: CareerOption, @Ctx() context: Context): Promise<CareerTrainingPlan> {
    authorize(context.identity, 'employee:read', { employeeId: parseId(option.employeeId, 'employeeId') });
    return planTrainingForCareer(context, option);
  }
}
