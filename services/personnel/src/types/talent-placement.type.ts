import { Field, Int, ObjectType } from 'type-graphql';
import type { Kinerja as KinerjaValue, Potensial as PotensialValue } from '../rules/talent-box.js';
import { Kinerja, Potensial } from './talent.enums.js';

// Plain values, no middleware: graphql-js reads the fields itself (a team matrix has one per row).
@ObjectType({
  description: 'Where an employee sits in the talent 9-box (PermenPANRB 3/2020 as amended by 20/2025).',
  simpleResolvers: true,
})
export class TalentPlacement {
  @Field(() => Int, { description: 'Box 1-9 by the regulation: 9 = di atas × tinggi, 1 = di bawah × rendah.' })
  box: number;

  @Field(() => Kinerja, { description: 'Performance axis, from the predikat by the agency mapping.' })
  kinerja: KinerjaValue;

  @Field(() => Potensial, { description: 'Potential axis, from the score by the agency cut-offs.' })
  potensial: PotensialValue;
}
