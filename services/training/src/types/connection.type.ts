// Cursor connections ({ edges { cursor node } pageInfo totalCount }), made per node type (type-graphql's generic
// types recipe) so the catalog and the sessions share one shape and one paging rule.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a training-subgraph connection ends.' })
export class TrainingPageInfo {
  @Field(() => Boolean, { description: 'More items follow.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after`.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: TrainingPageInfo;
  totalCount: number;
}

export function createConnectionType<T extends object>(Node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => Node, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of the page.' })
    edges: Edge<T>[];

    @Field(() => TrainingPageInfo, { description: 'Where the page ends.' })
    pageInfo: TrainingPageInfo;

    @Field(() => Int, { description: 'Items matching the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}
