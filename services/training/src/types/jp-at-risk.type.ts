import { Field, Int, ObjectType } from 'type-graphql';
import { Employee } from '../external/employee.js';

@ObjectType({
  description:
    'A PNS who will end the year below the JP target even if every activity still to come in it is completed.',
})
export class JpAtRisk {
  @Field(() => Employee, { description: 'The employee.' })
  employee: Employee;

  @Field(() => Int, { description: 'JP earned in the year.' })
  earned: number;

  @Field(() => Int, { description: 'JP of requested, approved or attended activities ending in the year.' })
  projected: number;

  @Field(() => Int, { description: 'JP still missing after those: target − earned − projected, above 0.' })
  missing: number;
}
