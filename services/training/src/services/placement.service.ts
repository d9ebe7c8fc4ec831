// The placement workflow's writes (rules/placement.ts decides; this checks, throws and writes, audited): propose,
// approve or reject, close with the host's report.
import { auditedWrite, cleanName, freeText, intInRange, inTransaction, parseId } from '@asn/common';
import { In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { Context } from '../context.js';
import { PlacementCompetency } from '../entities/placement-competency.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { invalid, invalidTransition, missing } from '../errors.js';
import type { CompletePlacementInput, DecidePlacementInput, ProposePlacementInput } from '../inputs/placement.input.js';
import { authorize } from '../policy.js';
import {
  canMove,
  checkPlacement,
  MAX_PLACEMENT_COMPETENCIES,
  MAX_PLACEMENT_DAYS,
  MAX_PLACEMENT_JP,
  type PlacementStatus,
} from '../rules/placement.js';
import { agencyOfRequester } from './enrolment-request.service.js';

const OPEN: PlacementStatus[] = ['PROPOSED', 'APPROVED'];

/** The employee proposes for themself; an administrator may enter a proposal handed in on paper. */
export async function proposePlacement(context: Context, input: ProposePlacementInput): Promise<Placement> {
  const { identity, today, dataSource } = context;
  const own = identity.kind === 'user' ? identity.employeeId : undefined;
  const employeeId = parseId(input.employeeId ?? own ?? '0', 'input.employeeId');
  authorize(identity, 'placement:propose', { employeeId });
  const hostOrganisation = cleanName(input.hostOrganisation, 'input.hostOrganisation', 200);
  const supervisorName = cleanName(input.supervisorName, 'input.supervisorName');
  const supervisorContact = freeText(input.supervisorContact, 'input.supervisorContact', { maxLength: 150 });
  const goals = freeText(input.goals, 'input.goals', { maxLength: 1000, required: true })!;
  const jp = intInRange('input.jp', input.jp, 1, MAX_PLACEMENT_JP);
  intInRange('input.competencies', input.competencies.length, 1, MAX_PLACEMENT_COMPETENCIES);
  const competencies = input.competencies.map((row, index) => ({
    competencyId: parseId(row.competencyId, `input.competencies.${index}.competencyId`),
    targetLevel: intInRange(`input.competencies.${index}.targetLevel`, row.targetLevel, 1, 5),
  }));
  const isOwn = own !== undefined && own === String(employeeId);
  const verdict = checkPlacement(
    { startsOn: input.startsOn, endsOn: input.endsOn, competencyIds: competencies.map((row) => row.competencyId) },
    isOwn ? today : null,
  );
  if (verdict) throw invalid(verdict.field, verdict.reason, { max: MAX_PLACEMENT_DAYS });
  return inTransaction(dataSource, async (manager) => {
    const placements = manager.getRepository(Placement);
    // One placement at a time: a new one may follow another, not overlap it.
    const overlapping = await placements.existsBy({
      employeeId,
      status: In(OPEN),
      startsOn: LessThanOrEqual(input.endsOn),
      endsOn: MoreThanOrEqual(input.startsOn),
    });
    if (overlapping) throw invalid('input.startsOn', 'PLACEMENT_OVERLAP');
    const saved = await placements.save(
      placements.create({
        agencyId: agencyOfRequester(identity, { employeeId }),
        employeeId,
        kind: input.kind,
        hostOrganisation,
        supervisorName,
        supervisorContact,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        jp,
        goals,
        status: 'PROPOSED',
        proposedOn: today,
        decidedOn: null,
        rejectionReason: null,
        report: null,
        hostAssessment: null,
        completedOn: null,
      }),
    );
    await manager
      .getRepository(PlacementCompetency)
      .save(competencies.map((row) => manager.create(PlacementCompetency, { ...row, placementId: saved.id })));
    return saved;
  });
}

async function placementToDecide(context: Context, id: string, to: PlacementStatus): Promise<Placement> {
  const placement = await context.dataSource.getRepository(Placement).findOneBy({ id: parseId(id, 'input.id') });
  if (!placement) throw missing('input.id', 'PLACEMENT_NOT_FOUND');
  // Nobody decides on or closes their own placement, an administrator included.
  authorize(context.identity, 'employee:decide', placement);
  if (!canMove(placement.status, to)) throw invalidTransition('input.id', placement.status, to);
  return placement;
}

/** Changes a placement only while it is still in its status, so two deciders cannot both act on it. */
async function movePlacement(context: Context, placement: Placement, values: Partial<Placement>): Promise<Placement> {
  const where = { id: placement.id, status: placement.status };
  const { affected } = await inTransaction(context.dataSource, (manager) =>
    auditedWrite(manager, Placement, where, () => manager.getRepository(Placement).update(where, values)),
  );
  if (!affected) throw invalidTransition('input.id', placement.status, values.status ?? placement.status);
  return { ...placement, ...values };
}

export async function decidePlacement(
  context: Context,
  input: DecidePlacementInput,
  approve: boolean,
): Promise<Placement> {
  const placement = await placementToDecide(context, input.id, approve ? 'APPROVED' : 'REJECTED');
  if (approve) return movePlacement(context, placement, { status: 'APPROVED', decidedOn: context.today });
  const reason = freeText(input.reason, 'input.reason', { maxLength: 500, required: true });
  return movePlacement(context, placement, { status: 'REJECTED', decidedOn: context.today, rejectionReason: reason });
}

/** The closing report, with the host's assessment, once the placement has ended: its JP and evidence then count. */
export async function completePlacement(context: Context, input: CompletePlacementInput): Promise<Placement> {
  const placement = await placementToDecide(context, input.id, 'COMPLETED');
  if (placement.endsOn > context.today) throw invalid('input.id', 'PLACEMENT_NOT_ENDED', { endsOn: placement.endsOn });
  const report = freeText(input.report, 'input.report', { maxLength: 2000, required: true });
  return movePlacement(context, placement, {
    status: 'COMPLETED',
    report,
    hostAssessment: input.hostAssessment,
    completedOn: context.today,
  });
}
