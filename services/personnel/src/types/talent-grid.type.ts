// The talent 9-box of a unit for its manager (PermenPANRB 3/2020 as amended by 20/2025): the people in each box.
import { Field, Int, ObjectType } from 'type-graphql';
import { Employee } from '../entities/employee.entity.js';
import { Unit } from '../entities/unit.entity.js';
import type { Kinerja as KinerjaValue, Potensial as PotensialValue } from '../rules/talent-box.js';
import { Kinerja, Potensial } from './talent.enums.js';

@ObjectType({ description: 'One box of the 9-box with the employees in it.' })
export class TalentGridBox {
  @Field(() => Int, { description: 'Box 1-9 by the regulation: 9 = di atas × tinggi, 1 = di bawah × rendah.' })
  box: number;

  @Field(() => Kinerja, { description: 'Performance axis of the box.' })
  kinerja: KinerjaValue;

  @Field(() => Potensial, { description: 'Potential axis of the box.' })
  potensial: PotensialValue;

  @Field(() => Boolean, { description: 'Whether the box is in the talent pool (boxes 7, 8 and 9).' })
  inTalentPool: boolean;

  @Field(() => Int, { description: 'Employees in the box.' })
  count: number;

  @Field(() => [Employee], { description: 'The employees, by name.' })
  employees: Employee[];
}

@ObjectType({ description: "A unit's talent 9-box." })
export class TalentGrid {
  @Field(() => Unit, { description: 'The unit.' })
  unit: Unit;

  @Field(() => Boolean, { description: 'Whether the employees of its sub-units are included.' })
  includeSubUnits: boolean;

  @Field(() => Int, { description: 'Employees of the unit, placed or not.' })
  employeeCount: number;

  @Field(() => [TalentGridBox], { description: 'The nine boxes in box order 1-9, empty ones included.' })
  boxes: TalentGridBox[];

  @Field(() => [Employee], {
    description: 'Employees without a placement yet (no predikat or no potential score), by name.',
  })
  unplaced: Employee[];
}
