// What the evaluation of completed trainings asks of the caller in a unit (sub-units included): application ratings
// now due, follow-ups proposed from low ratings, and re-assessments proposed by passed trainings. Read through the
// same per-request loaders as the rest of the inbox, so a unit of any size costs the same statements.
import { loadAll, parseId } from '@asn/common';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { Unit } from './unit.js';
import { authorize, can } from '../policy.js';
import { isApplicationRatingDue, isFollowUpProposed, isReassessmentProposed } from '../rules/evaluation-inbox.js';

/** The members' enrolments the caller decides on (never their own), oldest completion first. */
async function decidableEnrolments(unit: Unit, context: Context): Promise<Enrolment[]> {
  authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
  const memberIds = (unit.memberIds ?? []).map(Number);
  const rows = (await loadAll(context.loaders.enrolmentsByEmployeeId, memberIds)).flat();
  return rows
    .filter((row) => can(context.identity, 'employee:decide', row))
    .sort((a, b) => (a.completedOn ?? '').localeCompare(b.completedOn ?? '') || a.id - b.id);
}

@Resolver(() => Unit)
export class UnitEvaluationInboxResolver {
  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description:
      'Completed trainings of the unit’s members (sub-units included) whose application (L3) rating is due: the agency’s months (default 3) after completion and not yet rated; oldest first.',
  })
  async applicationRatingsDue(@Root() unit: Unit, @Ctx() context: Context): Promise<Enrolment[]> {
    const rows = await decidableEnrolments(unit, context);
    const settings = await loadAll(
      context.loaders.jpSettingsByAgencyId,
      rows.map((row) => row.agencyId),
    );
    return rows.filter((row, index) =>
      isApplicationRatingDue(row, context.today, settings[index]!.applicationRatingAfterMonths),
    );
  }

  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description:
      'Follow-ups (a training or a mentorship) proposed from low application ratings of the unit’s members, not yet accepted or dismissed.',
  })
  async followUpProposals(@Root() unit: Unit, @Ctx() context: Context): Promise<Enrolment[]> {
    const rows = await decidableEnrolments(unit, context);
    return rows.filter(isFollowUpProposed);
  }

  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description:
      'Trainings of the unit’s members passed within the agency’s window (default 12 months; dated evidence) that propose re-assessing the competencies they develop, until the caller closes them.',
  })
  async reassessmentProposals(@Root() unit: Unit, @Ctx() context: Context): Promise<Enrolment[]> {
    const rows = await decidableEnrolments(unit, context);
    const settings = await loadAll(
      context.loaders.jpSettingsByAgencyId,
      rows.map((row) => row.agencyId),
    );
    return rows.filter((row, index) =>
      isReassessmentProposed(
        row,
        context.today,
        settings[index]!.postTestPassScore,
        settings[index]!.reassessmentProposalMonths,
      ),
    );
  }
}
