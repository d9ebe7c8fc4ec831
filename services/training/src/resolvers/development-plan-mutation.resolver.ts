import { parseId } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import {
  AddTrainingsToPlanInput,
  CreateDevelopmentPlanInput,
  PlanDecisionInput,
  RemoveTrainingFromPlanInput,
} from '../inputs/development-plan.input.js';
import {
  addTrainingsToPlan,
  createDevelopmentPlan,
  movePlan,
  removeTrainingFromPlan,
} from '../services/development-plan.service.js';
import { PlanStatus } from '../types/plan-status.enum.js';

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanMutationResolver {
  @Mutation(() => DevelopmentPlan, { description: 'Start a draft development plan for a year.' })
  createDevelopmentPlan(
    @Arg('input', () => CreateDevelopmentPlanInput) input: CreateDevelopmentPlanInput,
    @Ctx() context: Context,
  ) {
    return createDevelopmentPlan(context, parseId(input.employeeId, 'input.employeeId'), input.year);
  }

  @Mutation(() => DevelopmentPlan, {
    description: 'Add trainings to a plan (created as a draft if missing) while it is a draft or returned.',
  })
  addTrainingsToPlan(
    @Arg('input', () => AddTrainingsToPlanInput) input: AddTrainingsToPlanInput,
    @Ctx() context: Context,
  ) {
    return addTrainingsToPlan(context, parseId(input.employeeId, 'input.employeeId'), input.year, input.items);
  }

  @Mutation(() => DevelopmentPlan, { description: 'Remove a training from a plan while it is a draft or returned.' })
  removeTrainingFromPlan(
    @Arg('input', () => RemoveTrainingFromPlanInput) input: RemoveTrainingFromPlanInput,
    @Ctx() context: Context,
  ) {
    return removeTrainingFromPlan(
      context,
      parseId(input.planId, 'input.planId'),
      parseId(input.trainingId, 'input.trainingId'),
    );
  }

  @Mutation(() => DevelopmentPlan, { description: 'Submit a plan with at least one training to the manager.' })
  submitDevelopmentPlan(@Arg('input', () => PlanDecisionInput) input: PlanDecisionInput, @Ctx() context: Context) {
    return movePlan(context, parseId(input.planId, 'input.planId'), PlanStatus.SUBMITTED);
  }

  @Mutation(() => DevelopmentPlan, { description: 'The manager approves a submitted plan.' })
  approveDevelopmentPlan(@Arg('input', () => PlanDecisionInput) input: PlanDecisionInput, @Ctx() context: Context) {
    return movePlan(context, parseId(input.planId, 'input.planId'), PlanStatus.APPROVED, input.note);
  }

  @Mutation(() => DevelopmentPlan, { description: 'The manager returns a submitted plan for changes, with a note.' })
  returnDevelopmentPlan(@Arg('input', () => PlanDecisionInput) input: PlanDecisionInput, @Ctx() context: Context) {
    return movePlan(context, parseId(input.planId, 'input.planId'), PlanStatus.RETURNED, input.note);
  }
}
