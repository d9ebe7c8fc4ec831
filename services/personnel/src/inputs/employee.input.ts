import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { EducationLevel } from '../rules/education.js';
import type { GolonganCode } from '../rules/golongan.js';
import type { PerformancePredikat as PredikatValue } from '../rules/talent-box.js';
import { Education } from '../types/education.enum.js';
import { EmployeeType, type EmployeeTypeValue } from '../types/employee-type.enum.js';
import { Golongan } from '../types/golongan.enum.js';
import { PerformancePredikat } from '../types/talent.enums.js';

@InputType({ description: 'A new employee. Birth date, appointment month and gender come from the NIP.' })
export class CreateEmployeeInput {
  @Field(() => String, { description: 'NIP, 18 digits; spaces, dots and dashes are ignored.' })
  nip: string;

  @Field(() => String, { description: 'Full name with academic titles.' })
  name: string;

  @Field(() => EmployeeType, { defaultValue: 'PNS', description: 'PNS (default) or PPPK.' })
  employeeType: EmployeeTypeValue;

  @Field(() => Golongan, { description: "Golongan; at least the position's minimum." })
  golongan: GolonganCode;

  @Field(() => Education, { description: "Highest education; at least the position's minimum." })
  education: EducationLevel;

  @Field(() => ID, { description: 'Position (jabatan), of the same agency as the unit.' })
  positionId: string;

  @Field(() => ID, { description: 'Unit; its agency becomes the employee agency.' })
  unitId: string;

  @Field(() => ID, { nullable: true, description: 'Direct manager, of the same agency.' })
  managerId?: string | null;

  @Field(() => DateScalar, { description: 'Date the employee took up the position; not after today.' })
  positionSince: string;

  @Field(() => PerformancePredikat, { nullable: true, description: "The latest year's performance predikat." })
  performancePredikat?: PredikatValue | null;

  @Field(() => Float, { nullable: true, description: 'Potential score 0-100, at most two decimals (59.99).' })
  potentialScore?: number | null;
}

@InputType({ description: 'Changes to an employee: omitted fields stay as they are; null clears a nullable one.' })
export class UpdateEmployeeInput {
  @Field(() => ID, { description: 'The employee.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'NIP, 18 digits.' })
  nip?: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string;

  @Field(() => EmployeeType, { nullable: true, description: 'PNS or PPPK.' })
  employeeType?: EmployeeTypeValue;

  @Field(() => Golongan, { nullable: true, description: 'Golongan.' })
  golongan?: GolonganCode;

  @Field(() => Education, { nullable: true, description: 'Highest education.' })
  education?: EducationLevel;

  @Field(() => ID, { nullable: true, description: 'Position.' })
  positionId?: string;

  @Field(() => ID, { nullable: true, description: 'Unit, in the same agency.' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct manager; null removes it.' })
  managerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date in the current position.' })
  positionSince?: string;

  @Field(() => PerformancePredikat, { nullable: true, description: 'Performance predikat; null clears it.' })
  performancePredikat?: PredikatValue | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Potential score 0-100, at most two decimals (59.99); null clears it.',
  })
  potentialScore?: number | null;
}
