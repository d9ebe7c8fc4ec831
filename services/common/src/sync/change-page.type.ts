// The answer of a sync feed, made per node type like the connections: the changes of a page (each row's latest
// change in it), the cursor to pass next time, and whether more changes are ready now.
import { Field, ID, ObjectType, registerEnumType, type ClassType } from 'type-graphql';

export enum ChangeAction {
  UPSERT = 'UPSERT',
  REMOVE = 'REMOVE',
}
registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What became of a row: created or changed (UPSERT), or deleted or moved out of your reach (REMOVE).',
});

export interface Change<T> {
  action: ChangeAction;
  id: string;
  changedAt: string;
  node: T | null;
}

export interface ChangePage<T> {
  changes: Change<T>[];
  cursor: string;
  hasMore: boolean;
}

export function createChangePageType<T extends object>(Node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Change`, { description: `The latest change to one ${what}.` })
  class ChangeType implements Change<T> {
    @Field(() => ChangeAction, { description: 'UPSERT: read the node; REMOVE: delete your copy.' })
    action: ChangeAction;

    @Field(() => ID, { description: `Identifier of the ${what}.` })
    id: string;

    @Field(() => String, { description: 'When the change was made, ISO 8601 in UTC.' })
    changedAt: string;

    @Field(() => Node, { nullable: true, description: `The ${what} as it is now; null for REMOVE.` })
    node: T | null;
  }

  @ObjectType(`${name}ChangePage`, { description: `Changes to ${what}s since a cursor, oldest first.` })
  class ChangePageType implements ChangePage<T> {
    @Field(() => [ChangeType], { description: 'The changes of this page, one per row.' })
    changes: Change<T>[];

    @Field(() => String, { description: 'Pass it as `since` next time: the feed continues after this page.' })
    cursor: string;

    @Field(() => Boolean, { description: 'Whether more changes are ready now (ask again at once).' })
    hasMore: boolean;
  }
  return ChangePageType;
}
