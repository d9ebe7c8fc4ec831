import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { IsNull, type FindOptionsWhere } from 'typeorm';
import type { Context } from '../context.js';
import { Agency } from '../entities/agency.entity.js';
import { CompetencyStandard } from '../entities/competency-standard.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { parseId } from '../errors.js';
import { golonganOfRank, type GolonganCode } from '../rules/golongan.js';
import type { PositionKind as PositionKindValue } from '../rules/position-level.js';
import { Golongan } from '../types/golongan.enum.js';
import { PositionKind } from '../types/position-kind.enum.js';

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => [Position], { description: 'Positions, by agency, unit and kind (public).' })
  positions(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | undefined,
    @Arg('kind', () => PositionKind, { nullable: true }) kind: PositionKindValue | undefined,
    @Arg('includeRetired', () => Boolean, { defaultValue: false, description: 'Also list retired positions.' })
    includeRetired: boolean,
    @Ctx() { dataSource }: Context,
  ): Promise<Position[]> {
    // Retired posts stay readable by id and on their holders, but are not offered in lists.
    const where: FindOptionsWhere<Position> = includeRetired ? {} : { retiredOn: IsNull() };
    if (agencyId !== undefined) where.agencyId = parseId(agencyId, 'agencyId');
    if (unitId !== undefined) where.unitId = parseId(unitId, 'unitId');
    if (kind !== undefined) where.kind = kind;
    return dataSource.getRepository(Position).find({ where, order: { id: 'ASC' } });
  }

  @Query(() => Position, { nullable: true, description: 'One position by id (public).' })
  position(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Position | null> {
    return loaders.positionsById.load(parseId(id, 'id'));
  }

  @Query(() => [CompetencyStandard], { description: "A position's competency standard (public)." })
  positionStandard(
    @Arg('positionId', () => ID) positionId: string,
    @Ctx() { loaders }: Context,
  ): Promise<CompetencyStandard[]> {
    return loaders.standardsByPositionId.load(parseId(positionId, 'positionId'));
  }

  @FieldResolver(() => Golongan, { description: 'Minimum golongan to hold the position.' })
  minGolongan(@Root() position: Position): GolonganCode {
    return golonganOfRank(position.minGolonganRank).code;
  }

  @FieldResolver(() => Unit, { description: 'The unit the position is in.' })
  async unit(@Root() position: Position, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitsById.load(position.unitId))!;
  }

  @FieldResolver(() => Agency, { description: 'The agency.' })
  async agency(@Root() position: Position, @Ctx() { loaders }: Context): Promise<Agency> {
    return (await loaders.agenciesById.load(position.agencyId))!;
  }

  @FieldResolver(() => [CompetencyStandard], { description: 'Competency standard: required level per competency.' })
  standard(@Root() position: Position, @Ctx() { loaders }: Context): Promise<CompetencyStandard[]> {
    return loaders.standardsByPositionId.load(position.id);
  }
}
