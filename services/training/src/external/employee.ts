import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CompetencyGap } from '../types/competency-gap.type.js';
import { EmployeeType } from '../types/employee-type.enum.js';
import { Agency } from './agency.js';
import { Unit } from './unit.js';

/** Personnel's employee, as this subgraph knows it: by key, plus what personnel sends for JP and reminders. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A civil servant (PNS) or contract employee (PPPK) of an agency.' })
export class Employee {
  @Field(() => ID, { description: 'Stable identifier of the employee in this graph.' })
  id: string;

  @Directive('@external')
  @Field(() => EmployeeType, { description: 'PNS or PPPK.' })
  employeeType?: EmployeeType;

  @Directive('@external')
  @Field(() => [CompetencyGap], {
    nullable: true,
    description:
      "The competencies of the own position's standard the employee is below, in the standard's order (personal: null, without an error, for whoever may not read it).",
  })
  competencyGaps?: CompetencyGap[] | null;

  @Directive('@external')
  @Field(() => Unit, { description: 'The unit the employee works in.' })
  unit?: Unit;

  @Directive('@external')
  @Field(() => Agency, { description: 'Agency the employee works for.' })
  agency?: Agency;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'NIP grouped 8-6-1-3 for display (personal).' })
  nipFormatted?: string | null;
}

/** The stub a field of this subgraph returns for an employee id; the gateway asks personnel for the rest. */
export function employeeRef(id: number | string): Employee {
  return { id: String(id) };
}
