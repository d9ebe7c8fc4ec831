import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { UnitSatisfaction } from '../entities/unit-satisfaction.entity.js';
import { SetUnitSatisfactionInput } from '../inputs/unit-satisfaction.input.js';
import { setUnitSatisfaction } from '../services/unit-satisfaction.service.js';

@Resolver(() => UnitSatisfaction)
export class UnitSatisfactionResolver {
  @Mutation(() => UnitSatisfaction, {
    description:
      'An administrator enters a unit’s public-satisfaction index (IKM) for a year, replacing an earlier one.',
  })
  setUnitSatisfaction(
    @Arg('input', () => SetUnitSatisfactionInput) input: SetUnitSatisfactionInput,
    @Ctx() context: Context,
  ): Promise<UnitSatisfaction> {
    return setUnitSatisfaction(context, input);
  }
}
