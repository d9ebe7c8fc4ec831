import { Field, Int, ObjectType } from 'type-graphql';
import { EmployeeType } from './employee-type.enum.js';

@ObjectType({ description: 'An employee’s JP for a calendar year: earned, projected, and the target or cap in force.' })
export class JpSummary {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => EmployeeType, { description: 'PNS (target applies) or PPPK (cap applies).' })
  employeeType: EmployeeType;

  @Field(() => Int, { description: 'JP of activities completed with evidence whose end date falls in the year.' })
  earned: number;

  @Field(() => Int, {
    description: 'JP of requested, approved or attended activities ending in the year, not yet earned.',
  })
  projected: number;

  @Field(() => Int, { nullable: true, description: 'PNS: the yearly minimum (default 20, per agency). Null for PPPK.' })
  target: number | null;

  @Field(() => Int, { nullable: true, description: 'PNS: max(0, target − earned). Null for PPPK.' })
  shortfall: number | null;

  @Field(() => Int, { nullable: true, description: 'PPPK: the yearly maximum (default 24, per agency). Null for PNS.' })
  cap: number | null;

  @Field(() => Int, { description: 'JP of the trainings in the year’s development plan.' })
  planJp: number;

  @Field(() => Boolean, { description: 'PPPK: earned + projected, or the plan, exceeds the cap.' })
  exceedsCap: boolean;
}
