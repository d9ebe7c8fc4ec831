// Placements as their people read them: the caller's list (own, their people's, or the agency's), each placement's
// employee and target competencies, and what the caller may do with it now.
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { PlacementCompetency } from '../entities/placement-competency.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Competency, competencyRef } from '../external/competency.js';
import { Employee, employeeRef } from '../external/employee.js';
import { can } from '../policy.js';
import { canMove, type PlacementStatus as StatusValue } from '../rules/placement.js';
import { listPlacements } from '../services/placement-list.service.js';
import { PlacementStatus } from '../types/placement.enums.js';

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => [Placement], {
    description:
      "Internships and secondments the caller follows, latest start first: an ASN's own, a manager's people's " +
      "(own included), an administrator's whole agency.",
  })
  placements(
    @Arg('status', () => PlacementStatus, { nullable: true, description: 'Only those in this status.' })
    status: StatusValue | undefined,
    @Ctx() context: Context,
  ): Promise<Placement[]> {
    return listPlacements(context, status);
  }

  @FieldResolver(() => Employee, { description: 'The employee placed.' })
  employee(@Root() placement: Placement): Employee {
    return employeeRef(placement.employeeId);
  }

  @FieldResolver(() => [PlacementCompetency], { description: 'The competencies it aims at, by id.' })
  competencies(@Root() placement: Placement, @Ctx() { loaders }: Context): Promise<PlacementCompetency[]> {
    return loaders.competenciesByPlacementId.load(placement.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may approve or reject it now.' })
  canDecide(@Root() placement: Placement, @Ctx() { identity }: Context): boolean {
    return canMove(placement.status, 'APPROVED') && can(identity, 'employee:decide', placement);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may record its closing report now (once ended).' })
  canComplete(@Root() placement: Placement, @Ctx() { identity, today }: Context): boolean {
    return (
      canMove(placement.status, 'COMPLETED') && placement.endsOn <= today && can(identity, 'employee:decide', placement)
    );
  }
}

@Resolver(() => PlacementCompetency)
export class PlacementCompetencyResolver {
  @FieldResolver(() => Competency, { description: 'The competency (resolved by personnel).' })
  competency(@Root() row: PlacementCompetency): Competency {
    return competencyRef(row.competencyId);
  }
}
