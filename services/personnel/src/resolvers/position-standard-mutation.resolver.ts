import { assertNotRetired, auditedWrite, inTransaction } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { CompetencyStandard } from '../entities/competency-standard.entity.js';
import { Position } from '../entities/position.entity.js';
import { invalid, parseId } from '../errors.js';
import { SetPositionStandardInput } from '../inputs/position-standard.input.js';
import { authorize } from '../policy.js';

@Resolver(() => Position)
export class PositionStandardMutationResolver {
  @Mutation(() => Position, { description: "Replaces a position's competency standard (admins of its agency)." })
  async setPositionStandard(
    @Arg('input', () => SetPositionStandardInput) input: SetPositionStandardInput,
    @Ctx() { loaders, identity, dataSource }: Context,
  ): Promise<Position> {
    const position = await loaders.positionsById.load(parseId(input.positionId, 'input.positionId'));
    if (!position) throw invalid('input.positionId', 'POSITION_NOT_FOUND');
    authorize(identity, { action: 'catalog.write', agencyId: position.agencyId });
    const items = input.items.map((item, index) => ({
      competencyId: parseId(item.competencyId, `input.items.${index}.competencyId`),
      requiredLevel: item.requiredLevel,
    }));
    const [competencies, current] = await Promise.all([
      loaders.competenciesById.loadMany(items.map((item) => item.competencyId)),
      loaders.standardsByPositionId.load(position.id),
    ]);
    const seen = new Set<number>();
    items.forEach((item, index) => {
      if (!competencies[index] || competencies[index] instanceof Error) {
        throw invalid(`input.items.${index}.competencyId`, 'COMPETENCY_NOT_FOUND');
      }
      // A retired competency already in the standard may stay while other lines change; it is never added anew.
      if (!current.some((line) => line.competencyId === item.competencyId)) {
        assertNotRetired(`input.items.${index}.competencyId`, competencies[index]);
      }
      if (seen.has(item.competencyId)) throw invalid(`input.items.${index}.competencyId`, 'STANDARD_DUPLICATE');
      seen.add(item.competencyId);
      if (!Number.isInteger(item.requiredLevel) || item.requiredLevel < 1 || item.requiredLevel > 5) {
        throw invalid(`input.items.${index}.requiredLevel`, 'LEVEL_OUT_OF_RANGE');
      }
    });
    await inTransaction(dataSource, async (manager) => {
      const repository = manager.getRepository(CompetencyStandard);
      await auditedWrite(manager, CompetencyStandard, { positionId: position.id }, () =>
        repository.delete({ positionId: position.id }),
      );
      if (items.length) await repository.insert(items.map((item) => ({ ...item, positionId: position.id })));
    });
    loaders.standardsByPositionId.clear(position.id);
    return position;
  }
}
