import { parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from './competency.js';
import { Scheme } from '../entities/scheme.entity.js';

/** What certification adds to personnel's Competency: public catalog data. */
@Resolver(() => Competency)
export class CompetencySchemesResolver {
  @FieldResolver(() => [Scheme], {
    nullable: true,
    description: 'The certification schemes that certify the competency.',
  })
  certifyingSchemes(@Root() competency: Competency, @Ctx() { loaders }: Context): Promise<Scheme[]> {
    return loaders.schemesByCompetencyId.load(parseId(competency.id, 'id'));
  }
}
