import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new unit under a parent unit of the administrator’s agency.' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'The parent unit.' })
  parentId: string;

  @Field(() => String, { description: 'Name (at most 150 characters).' })
  name: string;
}

@InputType({ description: 'A unit’s new name.' })
export class RenameUnitInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => String, { description: 'Name (at most 150 characters).' })
  name: string;
}

@InputType({ description: 'Move a unit, with all its sub-units, under another unit of the same agency.' })
export class MoveUnitInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => ID, { description: 'The new parent: of the same agency, not the unit itself nor one of its sub-units.' })
  parentId: string;
}
