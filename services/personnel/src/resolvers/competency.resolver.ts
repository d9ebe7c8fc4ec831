import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { Context } from '../context.js';
import { CompetencyLevel } from '../entities/competency-level.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { parseId } from '../errors.js';
import { can } from '../policy.js';
import { CompetencyType, type CompetencyTypeValue } from '../types/competency-type.enum.js';

@Resolver(() => Competency)
export class CompetencyResolver {
  @Query(() => [Competency], { description: 'The competency dictionary, optionally of one type (public).' })
  competencies(
    @Arg('type', () => CompetencyType, { nullable: true }) type: CompetencyTypeValue | undefined,
    @Arg('includeRetired', () => Boolean, { defaultValue: false, description: 'Also list retired competencies.' })
    includeRetired: boolean,
    @Ctx() { dataSource }: Context,
  ): Promise<Competency[]> {
    // Retired competencies stay readable by id and on assessments and standards, but are not offered in lists.
    const where = { ...(type && { type }), ...(!includeRetired && { retiredOn: IsNull() }) };
    return dataSource.getRepository(Competency).find({ where, order: { id: 'ASC' } });
  }

  @Query(() => Competency, { nullable: true, description: 'One competency by id (public).' })
  competency(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Competency | null> {
    return loaders.competenciesById.load(parseId(id, 'id'));
  }

  @FieldResolver(() => [CompetencyLevel], { description: 'The five levels with their descriptors, 1 to 5.' })
  levels(@Root() competency: Competency, @Ctx() { loaders }: Context): Promise<CompetencyLevel[]> {
    return loaders.competencyLevelsByCompetencyId.load(competency.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may change or retire it: the administrator of the agency that keeps it (not a national one).',
  })
  isEditable(@Root() competency: Competency, @Ctx() { identity }: Context): boolean {
    return competency.agencyId !== null && can(identity, { action: 'catalog.write', agencyId: competency.agencyId });
  }
}
