import { Directive, Field, ObjectType } from 'type-graphql';

/** Other subgraphs' connections may declare the same type: it is @shareable, and must stay field for field equal. */
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a cursor connection ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after`.' })
  endCursor: string | null;
}
