import { parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Position } from './position.js';
import { Scheme } from '../entities/scheme.entity.js';

/** What certification adds to personnel's Position: public catalog data. */
@Resolver(() => Position)
export class PositionSchemesResolver {
  @FieldResolver(() => [Scheme], { nullable: true, description: 'The certification schemes the position requires.' })
  requiredSchemes(@Root() position: Position, @Ctx() { loaders }: Context): Promise<Scheme[]> {
    return loaders.schemesByPositionId.load(parseId(position.id, 'id'));
  }
}
