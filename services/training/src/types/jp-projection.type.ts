import { Field, Int, ObjectType } from 'type-graphql';
import { Employee } from '../external/employee.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { EmployeeType } from './employee-type.enum.js';

@ObjectType({ description: 'An open session suggested to close a JP shortfall before the year ends.' })
export class SuggestedSession {
  @Field(() => TrainingSession, { description: 'The session: open for registration, a seat left, ends this year.' })
  session: TrainingSession;

  @Field(() => Training, { description: 'Its training.' })
  training: Training;

  @Field(() => Int, { description: 'JP it credits on completion.' })
  jp: number;

  @Field(() => Int, { description: 'Cost per participant in whole rupiah.' })
  cost: number;
}

@ObjectType({
  description:
    'Where an employee will stand on JP at the end of this year (the agency’s local date): earned, pending, and for a PNS short of the target the cheapest open sessions that close the gap.',
})
export class JpProjection {
  @Field(() => Employee, { description: 'The employee.' })
  employee: Employee;

  @Field(() => Int, { description: 'The calendar year projected: this year in the agency’s local date.' })
  year: number;

  @Field(() => EmployeeType, { description: 'PNS (target applies) or PPPK (cap applies).' })
  employeeType: EmployeeType;

  @Field(() => Int, { description: 'JP earned this year (completed with evidence, by end date).' })
  earned: number;

  @Field(() => Int, { description: 'JP of requested, approved or attended activities ending this year.' })
  pending: number;

  @Field(() => Int, { nullable: true, description: 'PNS: the yearly target. Null for PPPK.' })
  target: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'PNS: max(0, target − earned − pending), what is missing if all pending JP are credited. Null for PPPK.',
  })
  shortfall: number | null;

  @Field(() => Int, { nullable: true, description: 'PPPK: the yearly cap. Null for PNS.' })
  cap: number | null;

  @Field(() => Boolean, { description: 'PPPK: earned + pending, or the year’s plan, exceeds the cap.' })
  exceedsCap: boolean;

  @Field(() => [SuggestedSession], {
    description:
      'PNS with a shortfall: the cheapest open sessions (fewest on a cost tie) whose JP close it; empty when none do.',
  })
  suggestedSessions: SuggestedSession[];

  @Field(() => Int, { description: 'Total cost of the suggested sessions, in rupiah.' })
  suggestedCost: number;

  @Field(() => Boolean, {
    description: 'False for a PNS whose shortfall no combination of this year’s open sessions can close.',
  })
  closable: boolean;
}

@ObjectType({
  description:
    'A unit’s JP projection for this year (sub-units included): PNS who will not reach the target, PPPK who would exceed the cap.',
})
export class UnitJpProjection {
  @Field(() => Int, { description: 'The calendar year projected.' })
  year: number;

  @Field(() => Int, { description: 'The PNS target applied.' })
  target: number;

  @Field(() => Int, { description: 'The PPPK cap applied.' })
  cap: number;

  @Field(() => Int, { description: 'PNS members of the unit and its sub-units.' })
  pnsMembers: number;

  @Field(() => Int, { description: 'PPPK members of the unit and its sub-units.' })
  pppkMembers: number;

  @Field(() => [JpProjection], {
    description: 'PNS members short of the target even with their pending JP, largest shortfall first.',
  })
  atRisk: JpProjection[];

  @Field(() => [JpProjection], { description: 'PPPK members whose earned and pending JP, or plan, exceed the cap.' })
  overCap: JpProjection[];

  @Field(() => Int, { description: 'Sum of the shortfalls of atRisk.' })
  totalShortfall: number;

  @Field(() => Int, { description: 'Sum of the suggested sessions’ cost over atRisk, in rupiah.' })
  suggestedCost: number;
}
