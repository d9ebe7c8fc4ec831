import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../entities/unit.entity.js';
import { CreateUnitInput, MoveUnitInput, RenameUnitInput } from '../inputs/unit.input.js';
import { createUnit, moveUnit, renameUnit } from '../services/unit-tree.service.js';

@Resolver(() => Unit)
export class UnitMutationResolver {
  @Mutation(() => Unit, { description: 'Adds a unit under a unit of the administrator’s agency.' })
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() context: Context) {
    return createUnit(context, input.parentId, input.name);
  }

  @Mutation(() => Unit, { description: 'Renames a unit of the administrator’s agency.' })
  renameUnit(@Arg('input', () => RenameUnitInput) input: RenameUnitInput, @Ctx() context: Context) {
    return renameUnit(context, input.unitId, input.name);
  }

  @Mutation(() => Unit, {
    description: 'Moves a unit with its sub-units under another unit of the same agency; their ancestry follows.',
  })
  moveUnit(@Arg('input', () => MoveUnitInput) input: MoveUnitInput, @Ctx() context: Context) {
    return moveUnit(context, input.unitId, input.parentId);
  }
}
