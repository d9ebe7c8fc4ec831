import { Field, ID, InputType } from 'type-graphql';
import type { GolonganCode } from '../rules/golongan.js';
import type { PositionKind as PositionKindValue } from '../rules/position-level.js';
import { EmployeeOrderField, SortDirection } from '../types/employee-order.enum.js';
import { Golongan } from '../types/golongan.enum.js';
import { PositionKind } from '../types/position-kind.enum.js';

@InputType({ description: 'Which employees to list; every field narrows the list.' })
export class EmployeeFilter {
  @Field(() => ID, { nullable: true, description: 'Only this agency (others than your own are refused).' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this unit (and its sub-units, see includeSubUnits).' })
  unitId?: string;

  @Field(() => Boolean, { defaultValue: true, description: 'With unitId: include the sub-units (default true).' })
  includeSubUnits: boolean;

  @Field(() => PositionKind, { nullable: true, description: 'Only positions of this kind.' })
  positionKind?: PositionKindValue;

  @Field(() => Golongan, {
    nullable: true,
    description: 'Lowest golongan, inclusive (PNS only: a PPPK has a grade instead).',
  })
  golonganFrom?: GolonganCode;

  @Field(() => Golongan, {
    nullable: true,
    description: 'Highest golongan, inclusive (PNS only: a PPPK has a grade instead).',
  })
  golonganTo?: GolonganCode;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the start of the NIP (NIP search needs access to personal data).',
  })
  search?: string;
}

@InputType({ description: 'How to sort employees; ties are broken by id.' })
export class EmployeeOrder {
  @Field(() => EmployeeOrderField, {
    nullable: true,
    description: 'Sort key; default NIP for callers who may read the NIPs of the whole agency, else NAME.',
  })
  field?: keyof typeof EmployeeOrderField | null;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Direction (default ascending).' })
  direction: keyof typeof SortDirection;
}
