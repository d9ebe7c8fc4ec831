// The manager's views of a unit: the team competency matrix and the talent 9-box. Both show personal data of the
// unit's people: the unit's head, an admin of the agency, a pii:read API key of the agency, system.
import { loadAll } from '@asn/common';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import type { Unit } from '../entities/unit.entity.js';
import { invalid, parseId } from '../errors.js';
import { TeamGrowthInput } from '../inputs/team-growth.input.js';
import { TeamMatrixInput } from '../inputs/team-matrix.input.js';
import { authorize } from '../policy.js';
import { rankMostImproved, yearStart } from '../rules/growth.js';
import { TALENT_BOXES } from '../rules/talent-box.js';
import { buildTeamGrowth } from '../services/team-growth.service.js';
import { buildTeamMatrix } from '../services/team-matrix.service.js';
import { byName, unitEmployees } from '../services/unit-employees.js';
import { TalentGrid } from '../types/talent-grid.type.js';
import { TeamGrowth } from '../types/team-growth.type.js';
import { TeamMatrix } from '../types/team-matrix.type.js';

async function visibleUnit(context: Context, id: string, field: string): Promise<Unit> {
  const unit = await context.loaders.unitsById.load(parseId(id, field));
  if (!unit) throw invalid(field, 'UNIT_NOT_FOUND');
  authorize(context.identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId });
  return unit;
}

@Resolver()
export class TeamViewResolver {
  @Query(() => TeamMatrix, {
    description:
      "A unit's team competency matrix: employees × the competencies of their standards, with gaps and summaries.",
  })
  async teamMatrix(
    @Arg('input', () => TeamMatrixInput) input: TeamMatrixInput,
    @Ctx() context: Context,
  ): Promise<TeamMatrix> {
    const unit = await visibleUnit(context, input.unitId, 'input.unitId');
    if (input.asOf && input.asOf > context.today) throw invalid('input.asOf', 'DATE_IN_FUTURE');
    return buildTeamMatrix(context, unit, input);
  }

  @Query(() => TeamGrowth, {
    description:
      "How each member's assessed levels and JPM changed between two dates (each as the matrix stood then), by name.",
  })
  async teamGrowth(
    @Arg('input', () => TeamGrowthInput) input: TeamGrowthInput,
    @Ctx() context: Context,
  ): Promise<TeamGrowth> {
    const unit = await visibleUnit(context, input.unitId, 'input.unitId');
    if (input.to > context.today) throw invalid('input.to', 'DATE_IN_FUTURE');
    if (input.from > input.to) throw invalid('input.to', 'END_BEFORE_START');
    return buildTeamGrowth(context, unit, input.includeSubUnits, input.from, input.to);
  }

  @Query(() => TeamGrowth, {
    description:
      "A year's most improved members of a unit, for recognition: gains from 31 December of the year before to the year's end (or today), by levels gained, then JPM points.",
  })
  async mostImproved(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int, { description: 'The calendar year, not after this one.' }) year: number,
    @Arg('includeSubUnits', () => Boolean, { defaultValue: true, description: 'Include the sub-units.' })
    includeSubUnits: boolean,
    @Ctx() context: Context,
  ): Promise<TeamGrowth> {
    const unit = await visibleUnit(context, unitId, 'unitId');
    if (`${year}-01-01` > context.today) throw invalid('year', 'DATE_IN_FUTURE');
    const end = `${year}-12-31`;
    const growth = await buildTeamGrowth(
      context,
      unit,
      includeSubUnits,
      yearStart(year),
      end < context.today ? end : context.today,
    );
    return { ...growth, rows: rankMostImproved(growth.rows.map((row) => ({ ...row, name: row.employee.name }))) };
  }

  @Query(() => TalentGrid, { description: "A unit's talent 9-box: its employees in the regulation's boxes." })
  async talentGrid(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('includeSubUnits', () => Boolean, { defaultValue: true, description: 'Include the sub-units.' })
    includeSubUnits: boolean,
    @Ctx() context: Context,
  ): Promise<TalentGrid> {
    const unit = await visibleUnit(context, unitId, 'unitId');
    const employees = (await unitEmployees(context, unit, includeSubUnits)).sort(byName);
    const placements = await loadAll(
      context.loaders.talentPlacementsByEmployeeId,
      employees.map((employee) => employee.id),
    );
    const boxes = TALENT_BOXES.map((box) => {
      const inBox = employees.filter((_, index) => placements[index]?.box === box.box);
      return { ...box, count: inBox.length, employees: inBox };
    });
    const unplaced = employees.filter((_, index) => !placements[index]);
    return { unit, includeSubUnits, employeeCount: employees.length, boxes, unplaced };
  }
}
