import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../entities/agency.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { Position } from '../entities/position.entity.js';
import {
  AgencySettingsInput,
  CompetencyInput,
  PositionInput,
  RetirePersonnelRowInput,
} from '../inputs/master-data.input.js';
import { defaultPppkGrade, pppkGradeMinimum } from '../rules/position-rank-minimum.js';
import { retirementAgeOf } from '../rules/retirement.js';
import { retire, saveCompetency, savePosition, updateAgencySettings } from '../services/master-data.service.js';

@Resolver(() => Position)
export class MasterDataMutationResolver {
  @FieldResolver(() => Int, {
    description: 'Batas usia pensiun of the post: its own when the agency set one, else the default by kind and level.',
  })
  retirementAge(@Root() position: Position): number {
    return retirementAgeOf(position);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Lowest PPPK grade (1-17) to take up the post: its own when the administrator set one, else the default ' +
      '(defaultMinPppkGrade); null when nothing is checked (a JPT or structural post without its own).',
  })
  minPppkGrade(@Root() position: Position): number | null {
    return pppkGradeMinimum(position);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when minPppkGrade is the default by kind and level, false when the administrator set it.',
  })
  minPppkGradeIsDefault(@Root() position: Position): boolean {
    return position.minPppkGradeOverride === null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'The default lowest PPPK grade by kind and JF level (pelaksana V), which applies while the post has none of ' +
      'its own; null for a JPT or structural post.',
  })
  defaultMinPppkGrade(@Root() position: Position): number | null {
    return defaultPppkGrade(position);
  }

  @Mutation(() => Competency, {
    description: "Adds (no id) or changes a competency of the administrator's agency, with its five level descriptors.",
  })
  saveCompetency(@Arg('input', () => CompetencyInput) input: CompetencyInput, @Ctx() context: Context) {
    return saveCompetency(context, input);
  }

  @Mutation(() => Competency, { description: 'Retires a competency: kept where referenced, no longer offered.' })
  retireCompetency(
    @Arg('input', () => RetirePersonnelRowInput) input: RetirePersonnelRowInput,
    @Ctx() context: Context,
  ) {
    return retire(context, Competency, 'input.id', input.id);
  }

  @Mutation(() => Position, { description: "Adds (no id) or changes a position of the administrator's agency." })
  savePosition(@Arg('input', () => PositionInput) input: PositionInput, @Ctx() context: Context) {
    return savePosition(context, input);
  }

  @Mutation(() => Position, {
    description: 'Retires a position: its holders and history keep it, no one new is placed.',
  })
  retirePosition(@Arg('input', () => RetirePersonnelRowInput) input: RetirePersonnelRowInput, @Ctx() context: Context) {
    return retire(context, Position, 'input.id', input.id);
  }

  @Mutation(() => Agency, { description: "Changes the administrator's agency settings kept by personnel." })
  updateAgencySettings(@Arg('input', () => AgencySettingsInput) input: AgencySettingsInput, @Ctx() context: Context) {
    return updateAgencySettings(context, input);
  }
}
