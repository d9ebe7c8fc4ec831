import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a history CSV import saved, or for a dry run would save.' })
export class HistoryImportResult {
  @Field(() => Int, { description: 'History entries saved (one per data row); for a dry run, those that would be.' })
  imported: number;

  @Field(() => Boolean, { description: 'True when nothing was saved because the import was a dry run.' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Distinct employees with entries in the file.' })
  employees: number;
}
