// The team competency matrix (docs/domain.md, "The team matrix"): rows are employees, columns the competencies of their
// positions' standards, cells where a person's standard requires the competency; summaries per column and per unit.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import { Competency } from '../entities/competency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import type { AssessmentSource as AssessmentSourceValue } from '../rules/current-level.js';
import type { GapSeverity as GapSeverityValue } from '../rules/gap-severity.js';
import type { MappingCategory as MappingCategoryValue } from '../rules/jpm.js';
import { AssessmentSource } from './assessment-source.enum.js';
import { FlagListScalar, LevelListScalar } from './column-list.scalar.js';
import { GapSeverity } from './gap-severity.enum.js';
import { MappingCategory } from './jpm-category.enum.js';
import { TalentPlacement } from './talent-placement.type.js';

// The matrix's types hold plain values and no field has a middleware: with simpleResolvers graphql-js reads each
// field itself instead of through a type-graphql wrapper, once per field of 1,000 rows (a field resolver, such as a
// cell's competency, keeps its own).
@ObjectType({
  description: "A competency the employee's position requires: required and current level, the gap and its severity.",
  simpleResolvers: true,
})
export class TeamMatrixCell {
  @Field(() => ID, { description: 'The competency (the column).' })
  competencyId: string;

  @Field(() => Int, { description: "Level the employee's position requires." })
  requiredLevel: number;

  @Field(() => Int, { description: 'Current level; 0 when not assessed.' })
  currentLevel: number;

  @Field(() => Int, { description: 'Current − required level; negative is a gap.' })
  gap: number;

  @Field(() => GapSeverity, { description: 'How serious the gap is (not assessed counts as level 0).' })
  severity: GapSeverityValue;

  @Field(() => AssessmentSource, { nullable: true, description: 'Source of the current level; null if not assessed.' })
  source: AssessmentSourceValue | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of that assessment; null if not assessed.' })
  assessedOn: string | null;

  @Field(() => Boolean, { description: "The assessment is older than the agency's validity (shown as stale)." })
  stale: boolean;
}

@ObjectType({
  description: 'A pair of required and current level with its gap and how serious the gap is.',
  simpleResolvers: true,
})
export class LevelPairGap {
  @Field(() => Int, { description: 'The required level.' })
  requiredLevel: number;

  @Field(() => Int, { description: 'The current level.' })
  currentLevel: number;

  @Field(() => Int, { description: 'Current − required level; negative is a gap.' })
  gap: number;

  @Field(() => GapSeverity, { description: 'How serious the gap is.' })
  severity: GapSeverityValue;
}

@ObjectType({
  description: 'One employee of the matrix with their readiness for their own position.',
  simpleResolvers: true,
})
export class TeamMatrixRow {
  @Field(() => Employee, { description: 'The employee.' })
  employee: Employee;

  @Field(() => Position, { description: 'Their position.' })
  position: Position;

  @Field(() => Float, { description: "Job Person Match (0-100) for their position's whole standard." })
  jpm: number;

  @Field(() => MappingCategory, { description: 'Category of the JPM in the mapping scheme.' })
  jpmCategory: MappingCategoryValue;

  @Field(() => TalentPlacement, {
    nullable: true,
    description: 'Talent 9-box placement; null while a rating is missing.',
  })
  talentBox: TalentPlacement | null;

  @Field(() => [TeamMatrixCell], {
    description:
      'Cells of the shown columns that the position requires, in column order; absent = not required. Each cell ' +
      'is an object of seven fields: for a large unit ask for the lists (requiredLevels, currentLevels, ' +
      'staleLevels), which carry the same levels at a fraction of the cost.',
  })
  cells: TeamMatrixCell[];

  @Field(() => LevelListScalar, {
    description:
      "Per column of `columns`, in its order: the level the employee's position requires; null where it does not " +
      'require the competency.',
  })
  requiredLevels: (number | null)[];

  @Field(() => LevelListScalar, {
    description: 'Per column of `columns`, in its order: the current level; null where not required or not assessed.',
  })
  currentLevels: (number | null)[];

  @Field(() => FlagListScalar, {
    description:
      "Per column of `columns`, in its order: whether the current level's assessment is older than the agency's " +
      'validity; null where not required or not assessed.',
  })
  staleLevels: (boolean | null)[];
}

@ObjectType({
  description: 'A competency column of the matrix with its summary over the people who need it.',
  simpleResolvers: true,
})
export class TeamMatrixColumn {
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field(() => Competency, { description: 'The competency, with what other subgraphs add (trainings, schemes).' })
  competency: Competency;

  @Field(() => Int, { description: 'Employees whose position requires it.' })
  employeesRequired: number;

  @Field(() => Int, { description: 'Of those, how many are below the required level.' })
  belowStandard: number;

  @Field(() => Float, { nullable: true, description: 'Mean gap (current − required) over them, 2 decimals.' })
  meanGap: number | null;

  @Field(() => Int, { nullable: true, description: 'The worst (lowest) gap among them.' })
  worstGap: number | null;
}

@ObjectType({ description: 'How many employees of the matrix fall in a JPM mapping category.' })
export class JpmCategoryShare {
  @Field(() => MappingCategory, { description: 'The category.' })
  category: MappingCategoryValue;

  @Field(() => Int, { description: 'Employees in it.' })
  count: number;

  @Field(() => Float, { description: 'Share of the employees of the matrix, 0-1, 4 decimals.' })
  share: number;
}

@ObjectType({ description: 'The JPM mapping category shares of a unit at the end of one year.' })
export class JpmYearShares {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => [JpmCategoryShare], { description: 'Employees in each category (Optimal, Cukup, Kurang).' })
  shares: JpmCategoryShare[];
}

@ObjectType({ description: "A unit's team competency matrix." })
export class TeamMatrix {
  @Field(() => Unit, { description: 'The unit.' })
  unit: Unit;

  @Field(() => Boolean, { description: 'Whether the employees of its sub-units are included.' })
  includeSubUnits: boolean;

  @Field(() => DateScalar, { description: 'The date the matrix shows (today unless asked for another).' })
  asOf: string;

  @Field(() => [TeamMatrixRow], { description: 'One row per employee, by name.' })
  rows: TeamMatrixRow[];

  @Field(() => [TeamMatrixColumn], { description: "The competencies of the rows' standards, by competency id." })
  columns: TeamMatrixColumn[];

  @Field(() => [JpmCategoryShare], {
    description: 'The share of the employees in each JPM mapping category (Optimal, Cukup, Kurang).',
  })
  categoryShares: JpmCategoryShare[];

  @Field(() => [LevelPairGap], {
    description:
      "Each distinct pair of required and current level among the rows' assessed levels (the lists requiredLevels " +
      'and currentLevels), once, with its gap and severity: what the lists mean, at a fraction of the cost of an ' +
      'answer per cell.',
  })
  levelPairs: LevelPairGap[];
}
