import { assertNotRetired, auditedWrite, inTransaction } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FindOptionsWhere } from 'typeorm';
import type { Context } from '../context.js';
import { CareerLadderEdge } from '../entities/career-ladder-edge.entity.js';
import { Position } from '../entities/position.entity.js';
import { invalid, parseId } from '../errors.js';
import { CreateCareerLadderEdgeInput, RemoveCareerLadderEdgeInput } from '../inputs/career-ladder-edge.input.js';
import { authorize } from '../policy.js';
import { golonganOfRank, golonganRank, type GolonganCode } from '../rules/golongan.js';
import { Golongan } from '../types/golongan.enum.js';

/** The leadership programmes: training's Training.code of the same programmes (docs/architecture.md). */
export const LEADERSHIP_TRAINING_CODES = ['PKN_I', 'PKN_II', 'PKA', 'PKP', 'LATSAR'];

@Resolver(() => CareerLadderEdge)
export class CareerLadderResolver {
  @Query(() => [CareerLadderEdge], { description: "An agency's career ladder, optionally from one position (public)." })
  careerLadder(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('fromPositionId', () => ID, { nullable: true }) fromPositionId: string | undefined,
    @Ctx() { dataSource }: Context,
  ): Promise<CareerLadderEdge[]> {
    const where: FindOptionsWhere<CareerLadderEdge> = { agencyId: parseId(agencyId, 'agencyId') };
    if (fromPositionId !== undefined) where.fromPositionId = parseId(fromPositionId, 'fromPositionId');
    return dataSource.getRepository(CareerLadderEdge).find({ where, order: { id: 'ASC' } });
  }

  @FieldResolver(() => Position, { description: 'Position moved from.' })
  async fromPosition(@Root() edge: CareerLadderEdge, @Ctx() { loaders }: Context): Promise<Position> {
    return (await loaders.positionsById.load(edge.fromPositionId))!;
  }

  @FieldResolver(() => Position, { description: 'Position moved to.' })
  async toPosition(@Root() edge: CareerLadderEdge, @Ctx() { loaders }: Context): Promise<Position> {
    return (await loaders.positionsById.load(edge.toPositionId))!;
  }

  @FieldResolver(() => Golongan, { nullable: true, description: 'Minimum golongan for the move, when set.' })
  minGolongan(@Root() edge: CareerLadderEdge): GolonganCode | null {
    return edge.minGolonganRank === null ? null : golonganOfRank(edge.minGolonganRank).code;
  }

  @Mutation(() => CareerLadderEdge, { description: 'Adds a move to the career ladder (admins of the agency).' })
  async createCareerLadderEdge(
    @Arg('input', () => CreateCareerLadderEdgeInput) input: CreateCareerLadderEdgeInput,
    @Ctx() { loaders, identity, dataSource }: Context,
  ): Promise<CareerLadderEdge> {
    const fromId = parseId(input.fromPositionId, 'input.fromPositionId');
    const toId = parseId(input.toPositionId, 'input.toPositionId');
    const [from, to] = await Promise.all([loaders.positionsById.load(fromId), loaders.positionsById.load(toId)]);
    if (!from) throw invalid('input.fromPositionId', 'POSITION_NOT_FOUND');
    authorize(identity, { action: 'catalog.write', agencyId: from.agencyId });
    if (!to) throw invalid('input.toPositionId', 'POSITION_NOT_FOUND');
    if (fromId === toId) throw invalid('input.toPositionId', 'LADDER_SELF_LOOP');
    // A retired post is nobody's next move, nor a start anyone new is appointed to.
    assertNotRetired('input.fromPositionId', from);
    assertNotRetired('input.toPositionId', to);
    if (to.agencyId !== from.agencyId) throw invalid('input.toPositionId', 'OTHER_AGENCY', { agency: from.agencyId });
    if ((input.kind === 'DIAGONAL') !== (from.track !== to.track)) throw invalid('input.kind', 'LADDER_KIND_TRACK');
    if (!Number.isInteger(input.minYearsInPosition) || input.minYearsInPosition < 0 || input.minYearsInPosition > 40) {
      throw invalid('input.minYearsInPosition', 'YEARS_OUT_OF_RANGE');
    }
    const training = input.leadershipTrainingCode?.trim().toUpperCase() || null;
    if (training !== null && !LEADERSHIP_TRAINING_CODES.includes(training)) {
      throw invalid('input.leadershipTrainingCode', 'LEADERSHIP_TRAINING_UNKNOWN', {
        codes: LEADERSHIP_TRAINING_CODES.join(', '),
      });
    }
    const repository = dataSource.getRepository(CareerLadderEdge);
    if (await repository.existsBy({ fromPositionId: fromId, toPositionId: toId })) {
      throw invalid('input.toPositionId', 'LADDER_DUPLICATE');
    }
    return inTransaction(dataSource, async (manager) => {
      const { identifiers } = await manager.getRepository(CareerLadderEdge).insert({
        agencyId: from.agencyId,
        fromPositionId: fromId,
        toPositionId: toId,
        kind: input.kind,
        minYearsInPosition: input.minYearsInPosition,
        minGolonganRank: input.minGolongan ? golonganRank(input.minGolongan) : null,
        leadershipTrainingCode: training,
        requiredEducation: input.requiredEducation ?? null,
      });
      return manager.getRepository(CareerLadderEdge).findOneByOrFail({ id: Number(identifiers[0]!.id) });
    });
  }

  @Mutation(() => ID, { description: 'Removes a move from the career ladder; returns its id.' })
  async removeCareerLadderEdge(
    @Arg('input', () => RemoveCareerLadderEdgeInput) input: RemoveCareerLadderEdgeInput,
    @Ctx() { identity, dataSource }: Context,
  ): Promise<string> {
    const id = parseId(input.id, 'input.id');
    const edge = await dataSource.getRepository(CareerLadderEdge).findOneBy({ id });
    if (!edge) throw invalid('input.id', 'LADDER_EDGE_NOT_FOUND');
    authorize(identity, { action: 'catalog.write', agencyId: edge.agencyId });
    await inTransaction(dataSource, (manager) =>
      auditedWrite(manager, CareerLadderEdge, { id }, () => manager.getRepository(CareerLadderEdge).delete({ id })),
    );
    return String(id);
  }
}
