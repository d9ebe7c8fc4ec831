import { releasable } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Agency } from '../entities/agency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { parseId } from '../errors.js';
import type { Loaders } from '../loaders/index.js';
import { authorize, can } from '../policy.js';
import { formatNip } from '../rules/nip.js';
import type { CompetencyGapSum } from '../rules/unit-competency-gaps.js';
import { UnitCompetencyGap } from '../types/unit-competency-gap.type.js';

/** Every unit under `unit`, level by level through the batched children loader. */
async function descendantIds(loaders: Loaders, unit: Unit): Promise<number[]> {
  const found: number[] = [];
  let frontier = [unit.id];
  while (frontier.length > 0) {
    const children = await loaders.unitsByParentId.loadMany(frontier);
    frontier = children.flatMap((list) => (list instanceof Error ? [] : list.map((child) => child.id)));
    found.push(...frontier);
  }
  return found;
}

/** For a caller without pii:read: each competency's figures only when 5 or more people stand behind them and no
 *  sub-unit's figures, which the caller can also read, differ from them by 1-4 people. */
async function releasableGaps(loaders: Loaders, unit: Unit, gaps: CompetencyGapSum[]): Promise<CompetencyGapSum[]> {
  const nested = await loaders.competencyGapsByUnitId.loadMany(await descendantIds(loaders, unit));
  const peopleIn = (competencyId: number) =>
    nested.map((sums) =>
      sums instanceof Error ? 0 : (sums.find((sum) => sum.competencyId === competencyId)?.people ?? 0),
    );
  return gaps.filter((gap) => releasable(gap.people, peopleIn(gap.competencyId)));
}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], {
    description: 'Units in tree order (each unit before its sub-units), of one agency or all (public).',
  })
  units(
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | undefined,
    @Ctx() { dataSource }: Context,
  ): Promise<Unit[]> {
    return dataSource.getRepository(Unit).find({
      where: agencyId === undefined ? {} : { agencyId: parseId(agencyId, 'agencyId') },
      order: { agencyId: 'ASC', path: 'ASC' },
    });
  }

  @Query(() => Unit, { nullable: true, description: 'One unit by id (public).' })
  unit(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Unit | null> {
    return loaders.unitsById.load(parseId(id, 'id'));
  }

  @FieldResolver(() => Agency, { description: 'The agency.' })
  async agency(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Agency> {
    return (await loaders.agenciesById.load(unit.agencyId))!;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The parent unit; null for a root.' })
  parent(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Unit | null> | null {
    return unit.parentId === null ? null : loaders.unitsById.load(unit.parentId);
  }

  @FieldResolver(() => [Unit], { description: 'Direct sub-units.' })
  children(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Unit[]> {
    return loaders.unitsByParentId.load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Depth in the tree: 0 for a root.' })
  depth(@Root() unit: Unit): number {
    return unit.path.split('/').length - 3;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Head of the unit, if seen by the caller.' })
  async head(@Root() unit: Unit, @Ctx() { loaders, identity }: Context): Promise<Employee | null> {
    if (unit.headEmployeeId === null) return null;
    const head = await loaders.employeesById.load(unit.headEmployeeId);
    if (head) authorize(identity, { action: 'employee.read', employee: head });
    return head;
  }

  @FieldResolver(() => [ID], {
    description: 'Ids of the employees of this unit and all its sub-units (admins, the head, API keys, system).',
  })
  async memberIds(@Root() unit: Unit, @Ctx() { loaders, identity }: Context): Promise<string[]> {
    authorize(identity, { action: 'unit.readMembers', unitId: unit.id, agencyId: unit.agencyId });
    return (await loaders.memberIdsByUnitId.load(unit.id)).map(String);
  }

  @FieldResolver(() => [ID], {
    description: 'Ids of the PPPK among memberIds (the others are PNS), so JP are checked against the right rule.',
  })
  async pppkMemberIds(@Root() unit: Unit, @Ctx() { loaders, identity }: Context): Promise<string[]> {
    authorize(identity, { action: 'unit.readMembers', unitId: unit.id, agencyId: unit.agencyId });
    const memberIds = await loaders.memberIdsByUnitId.load(unit.id);
    const members = await loaders.employeesById.loadMany(memberIds);
    return members
      .filter((member): member is Employee => member instanceof Employee && member.employeeType === 'PPPK')
      .map((member) => String(member.id));
  }

  @FieldResolver(() => [String], {
    // Nullable: a refusal must not null the whole unit for the training field that @requires it.
    nullable: true,
    description:
      'NIPs of memberIds, grouped 8-6-1-3, in the same order (personal: for the SIASN export of the unit’s records).',
  })
  async memberNips(@Root() unit: Unit, @Ctx() { loaders, identity }: Context): Promise<string[]> {
    authorize(identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId });
    const members = await loaders.employeesById.loadMany(await loaders.memberIdsByUnitId.load(unit.id));
    return members.map((member) => (member instanceof Employee ? formatNip(member.nip) : ''));
  }

  @FieldResolver(() => [UnitCompetencyGap], {
    description: "Per competency of the members' standards: members below the required level, and the total deficit.",
  })
  async competencyGaps(@Root() unit: Unit, @Ctx() { loaders, identity }: Context): Promise<UnitCompetencyGap[]> {
    authorize(identity, { action: 'unit.readMembers', unitId: unit.id, agencyId: unit.agencyId });
    const gaps = await loaders.competencyGapsByUnitId.load(unit.id);
    const shown = can(identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId })
      ? gaps
      : await releasableGaps(loaders, unit, gaps);
    return shown.map(({ competencyId, employeesBelow, totalDeficit, shortfalls }) => ({
      competencyId: String(competencyId),
      employeesBelow,
      totalDeficit,
      shortfalls,
    }));
  }
}
