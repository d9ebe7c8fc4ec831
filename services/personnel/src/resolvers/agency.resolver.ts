import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../entities/agency.entity.js';
import { KinerjaMapping } from '../entities/kinerja-mapping.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { parseId } from '../errors.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'All agencies (public).' })
  agencies(@Ctx() { dataSource }: Context): Promise<Agency[]> {
    return dataSource.getRepository(Agency).find({ order: { id: 'ASC' } });
  }

  @Query(() => Agency, { nullable: true, description: 'One agency by id (public).' })
  agency(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Agency | null> {
    return loaders.agenciesById.load(parseId(id, 'id'));
  }

  @FieldResolver(() => [Unit], { description: 'Root units of the agency; walk `children` for the tree.' })
  rootUnits(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<Unit[]> {
    return loaders.rootUnitsByAgencyId.load(agency.id);
  }

  @FieldResolver(() => [KinerjaMapping], { description: "The agency's predikat → kinerja mapping for the 9-box." })
  kinerjaMapping(@Root() agency: Agency, @Ctx() { loaders }: Context): Promise<KinerjaMapping[]> {
    return loaders.kinerjaMappingsByAgencyId.load(agency.id);
  }
}
