import { DateScalar } from '@asn/common';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Competency } from '../entities/competency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Unit } from '../entities/unit.entity.js';

@ObjectType({ description: 'One competency whose current level differs between the two dates.' })
export class LevelChange {
  @Field(() => ID, { description: 'The competency’s id.' })
  competencyId: string;

  @Field(() => Competency, { description: 'The competency.' })
  competency: Competency;

  @Field(() => Int, { description: 'Current level on the first date (0 when not assessed by then).' })
  levelFrom: number;

  @Field(() => Int, { description: 'Current level on the second date.' })
  levelTo: number;

  @Field(() => Int, { description: 'levelTo − levelFrom.' })
  change: number;
}

@ObjectType({ description: 'How one employee’s assessed levels and JPM changed between two dates.' })
export class GrowthRow {
  @Field(() => Employee, { description: 'The employee.' })
  employee: Employee;

  @Field(() => Float, { description: 'JPM on the first date, against the position held then.' })
  jpmFrom: number;

  @Field(() => Float, { description: 'JPM on the second date, against the position held then.' })
  jpmTo: number;

  @Field(() => Float, { description: 'jpmTo − jpmFrom, in points, rounded to 2 decimals.' })
  jpmChange: number;

  @Field(() => Int, { description: 'Sum of the level changes over all competencies (gains minus losses).' })
  levelGain: number;

  @Field(() => [LevelChange], { description: 'The competencies whose level changed, by competency id.' })
  changes: LevelChange[];
}

@ObjectType({ description: 'A unit’s growth between two dates, or a year’s most improved.' })
export class TeamGrowth {
  @Field(() => Unit, { description: 'The unit.' })
  unit: Unit;

  @Field(() => DateScalar, { description: 'The first date.' })
  from: string;

  @Field(() => DateScalar, { description: 'The second date.' })
  to: string;

  @Field(() => [GrowthRow], {
    description: 'One row per employee (by name), or for mostImproved only those who gained, most first.',
  })
  rows: GrowthRow[];
}
