import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What an assessment-centre CSV import saved.' })
export class AssessmentImportResult {
  @Field(() => Int, { description: 'Assessments saved (one per data row).' })
  imported: number;

  @Field(() => Int, { description: 'Distinct employees assessed.' })
  employees: number;
}
