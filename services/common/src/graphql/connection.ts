// Cursor connections ({ edges { cursor node } pageInfo totalCount }), made per node type (type-graphql's generic
// types recipe), so every subgraph's lists share one shape. PageInfo is @shareable: the subgraphs declare it alike.
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a cursor connection ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after`.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Read only when selected (a getter, see the pager's toConnection). */
  readonly totalCount: number | Promise<number>;
}

/** `name` prefixes the types (`SchemeConnection`, `SchemeEdge`); `what` words the descriptions ("scheme"). */
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

    @Field(() => PageInfo, { description: 'Where the page ends.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter, over all pages (counted only when selected).' })
    readonly totalCount: number | Promise<number>;
  }
  return ConnectionType;
}
