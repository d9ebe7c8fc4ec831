// Cursor connections ({ edges { cursor node } pageInfo totalCount }), made per node type (type-graphql's generic
// types recipe) so certificates and schemes share one shape and one paging rule (pagination.ts).
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
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

    @Field(() => PageInfo, { description: 'Where the page ends.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}
