// The manager's answers to what a completed training proposes: accept or dismiss the follow-up of a low application
// rating (an accepted follow-up training lands in the plan of the year its session ends, in the same transaction),
// and close the re-assessment a passed training proposed. Everything is checked before anything is written.
import { auditedWrite, inTransaction, parseId } from '@asn/common';
import { IsNull, type EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { invalid, missing } from '../errors.js';
import type { CloseReassessmentProposalInput, DecideFollowUpInput } from '../inputs/enrolment.input.js';
import { authorize } from '../policy.js';
import { isFollowUpProposed, isReassessmentProposed } from '../rules/evaluation-inbox.js';
import { FollowUpDecision } from '../types/follow-up-decision.enum.js';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';
import { preparePlanAddition, writePlanAddition } from './development-plan.service.js';
import { loadEnrolmentForUpdate } from './enrolment-transition.service.js';

/** Updates the enrolment only while the proposal is still open, so a second answer fails instead of overwriting. */
async function writeAnswer(
  manager: EntityManager,
  enrolment: Enrolment,
  open: Partial<Record<'followUpDecision' | 'reassessmentClosedOn', null>>,
  changes: Partial<Enrolment>,
  reason: 'FOLLOW_UP_NOT_PROPOSED' | 'REASSESSMENT_NOT_PROPOSED',
): Promise<Enrolment> {
  const where = {
    id: enrolment.id,
    ...Object.fromEntries(Object.keys(open).map((key) => [key, IsNull()])),
  };
  const result = await auditedWrite(manager, Enrolment, where, () =>
    manager.getRepository(Enrolment).update(where, changes),
  );
  if (!result.affected) throw invalid('input.enrolmentId', reason);
  return Object.assign(enrolment, changes);
}

/** The follow-up training's session: of a live session whose training develops a competency the rated one does. */
async function followUpSession(context: Context, enrolment: Enrolment, sessionId: number) {
  const session = await context.loaders.sessionsById.load(sessionId);
  if (!session) throw missing('input.sessionId', 'SESSION_NOT_FOUND');
  if (session.cancelledOn) throw invalid('input.sessionId', 'SESSION_CANCELLED');
  const [rated, offered] = await Promise.all([
    context.loaders.competenciesByTrainingId.load(enrolment.trainingId),
    context.loaders.competenciesByTrainingId.load(session.trainingId),
  ]);
  if (!offered.some((row) => rated.some((own) => own.competencyId === row.competencyId))) {
    throw invalid('input.sessionId', 'FOLLOW_UP_UNRELATED');
  }
  return session;
}

export async function decideFollowUp(context: Context, input: DecideFollowUpInput): Promise<Enrolment> {
  const enrolment = await loadEnrolmentForUpdate(context, parseId(input.enrolmentId, 'input.enrolmentId'));
  authorize(context.identity, 'employee:decide', enrolment);
  if (!isFollowUpProposed(enrolment)) throw invalid('input.enrolmentId', 'FOLLOW_UP_NOT_PROPOSED');
  const needsSession = input.accept && enrolment.followUp === FollowUpKind.FOLLOW_UP_TRAINING;
  if (!needsSession && input.sessionId != null) throw invalid('input.sessionId', 'FOLLOW_UP_SESSION_NOT_EXPECTED');
  if (needsSession && input.sessionId == null) throw invalid('input.sessionId', 'FOLLOW_UP_SESSION_REQUIRED');
  const changes = {
    followUpDecision: input.accept ? FollowUpDecision.ACCEPTED : FollowUpDecision.DISMISSED,
    followUpDecidedOn: context.today,
  };
  if (!needsSession) {
    return inTransaction(context.dataSource, (manager) =>
      writeAnswer(manager, enrolment, { followUpDecision: null }, changes, 'FOLLOW_UP_NOT_PROPOSED'),
    );
  }
  const session = await followUpSession(context, enrolment, parseId(input.sessionId!, 'input.sessionId'));
  // JP count in the year a session ends, so that is the plan it joins.
  const year = Number(session.endDate.slice(0, 4));
  const items = [{ trainingId: String(session.trainingId), sessionId: String(session.id) }];
  const addition = await preparePlanAddition(context, enrolment.employeeId, year, items);
  return inTransaction(context.dataSource, async (manager) => {
    await writePlanAddition(manager, context, enrolment.employeeId, year, addition);
    return writeAnswer(manager, enrolment, { followUpDecision: null }, changes, 'FOLLOW_UP_NOT_PROPOSED');
  });
}

export async function closeReassessmentProposal(
  context: Context,
  input: CloseReassessmentProposalInput,
): Promise<Enrolment> {
  const enrolment = await loadEnrolmentForUpdate(context, parseId(input.enrolmentId, 'input.enrolmentId'));
  authorize(context.identity, 'employee:decide', enrolment);
  const settings = await context.loaders.jpSettingsByAgencyId.load(enrolment.agencyId);
  if (
    !isReassessmentProposed(enrolment, context.today, settings.postTestPassScore, settings.reassessmentProposalMonths)
  ) {
    throw invalid('input.enrolmentId', 'REASSESSMENT_NOT_PROPOSED');
  }
  return inTransaction(context.dataSource, (manager) =>
    writeAnswer(
      manager,
      enrolment,
      { reassessmentClosedOn: null },
      { reassessmentClosedOn: context.today },
      'REASSESSMENT_NOT_PROPOSED',
    ),
  );
}
