// Succession for an agency's key positions (JPT Pratama, Administrator): holders with their retirement, and the
// talent pool's candidates (boxes 7–9) grouped by the career planner's readiness.
import { DateScalar, enumOf } from '@asn/common';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../entities/agency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { SUCCESSION_READINESS, type SuccessionReadiness as SuccessionReadinessValue } from '../rules/succession.js';
import { CareerOption } from './career-option.type.js';
import { CareerRequirement } from './career-requirement.type.js';
import { TalentPlacement } from './talent-placement.type.js';

export const SuccessionReadiness = enumOf(SUCCESSION_READINESS as readonly SuccessionReadinessValue[]);

registerEnumType(SuccessionReadiness, {
  name: 'SuccessionReadiness',
  description: "A successor's readiness, from the career planner's eligibleOn against the agency's today.",
  valuesConfig: {
    READY_NOW: { description: 'Every personnel requirement of the move is met today.' },
    WITHIN_2_YEARS: { description: 'Eligible within two years (1–2 years).' },
    LATER: { description: 'Eligible, but more than two years from today.' },
    BLOCKED: { description: 'A requirement cannot be dated (see blockers), so no eligible date can be foreseen.' },
  },
});

@ObjectType({ description: 'A talent-pool employee who could succeed to a key position.' })
export class SuccessionCandidate {
  @Field(() => Employee, { description: 'The employee.' })
  employee: Employee;

  @Field(() => TalentPlacement, { description: 'Their 9-box placement (7, 8 or 9).' })
  talentBox: TalentPlacement;

  @Field(() => SuccessionReadiness, { description: 'Readiness from the planner’s eligibleOn.' })
  readiness: SuccessionReadinessValue;

  @Field(() => [CareerRequirement], {
    description:
      'What stands in the way: the move’s personnel requirements not met today, each with its date or reason.',
  })
  blockers: CareerRequirement[];

  @Field(() => CareerOption, { description: "The move in the employee's career planner." })
  option: CareerOption;
}

@ObjectType({ description: 'The holder of a key position and when they retire.' })
export class SuccessionHolder {
  @Field(() => Employee, { description: 'The employee holding the position.' })
  employee: Employee;

  @Field(() => DateScalar, {
    description: "Retirement date: the birth date (from the NIP) plus the post's retirement age.",
  })
  retiresOn: string;

  @Field(() => Boolean, { description: "Retires within the agency's retirement horizon (or is past it)." })
  retiresSoon: boolean;
}

@ObjectType({ description: 'One key position: its holders and its successors by readiness.' })
export class KeyPositionSuccession {
  @Field(() => Position, { description: 'The key position (JPT Pratama or Administrator).' })
  position: Position;

  @Field(() => [SuccessionHolder], { description: 'Who holds it now; empty when vacant.' })
  holders: SuccessionHolder[];

  @Field(() => [SuccessionCandidate], {
    description:
      'Candidates from the talent pool, readiest first (ready now, within 2 years, later, blocked), then earliest eligible, higher box, higher JPM.',
  })
  candidates: SuccessionCandidate[];

  @Field(() => Boolean, { description: 'At least one candidate is ready now.' })
  hasReadySuccessor: boolean;
}

@ObjectType({ description: "Succession for an agency's key positions, or those of one unit and its sub-units." })
export class SuccessionPlan {
  @Field(() => Agency, { description: 'The agency.' })
  agency: Agency;

  @Field(() => Unit, {
    nullable: true,
    description: 'The unit the view is narrowed to (sub-units included); null for the agency.',
  })
  unit: Unit | null;

  @Field(() => DateScalar, { description: "The agency's today the readiness is measured from." })
  today: string;

  @Field(() => Int, { description: 'Years ahead within which a holder is flagged as close to retirement.' })
  retirementHorizonYears: number;

  @Field(() => Int, { description: 'Employees in the talent pool (boxes 7–9) in scope.' })
  poolSize: number;

  @Field(() => Int, { description: 'Key positions with no candidate ready now.' })
  withoutReadySuccessor: number;

  @Field(() => [KeyPositionSuccession], { description: 'The key positions: JPT Pratama first, then by name.' })
  positions: KeyPositionSuccession[];
}
