// The needs survey's writes (rules/needs-survey.ts decides; this checks, throws and writes, audited): the head or an
// administrator opens a unit's survey for a year; a member answers for themself, the head adds theirs; answering
// again replaces the earlier answer while the survey is open.
import { auditedWrite, forbidden, freeText, inTransaction, parseId } from '@asn/common';
import type { Context } from '../context.js';
import { NeedsSurveyChoice } from '../entities/needs-survey-choice.entity.js';
import { NeedsSurveyResponse } from '../entities/needs-survey-response.entity.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { invalid, missing } from '../errors.js';
import type { AnswerNeedsSurveyInput, OpenNeedsSurveyInput } from '../inputs/needs-survey.input.js';
import { authorize } from '../policy.js';
import { checkAnswer, checkOpening, isSurveyOpen, MAX_SURVEY_COMPETENCIES } from '../rules/needs-survey.js';

export async function openNeedsSurvey(context: Context, input: OpenNeedsSurveyInput): Promise<NeedsSurvey> {
  const { identity, today, dataSource } = context;
  const unitId = parseId(input.unitId, 'input.unitId');
  authorize(identity, 'survey:manage', { unitId });
  const verdict = checkOpening(input.year, input.closesOn, today);
  if (verdict) throw invalid(verdict.field, verdict.reason, { year: input.year });
  return inTransaction(dataSource, async (manager) => {
    const surveys = manager.getRepository(NeedsSurvey);
    if (await surveys.existsBy({ unitId, year: input.year })) {
      throw invalid('input.year', 'SURVEY_EXISTS', { year: input.year });
    }
    const agencyId = Number((identity as { agencyId: string }).agencyId);
    return surveys.save(
      surveys.create({ agencyId, unitId, year: input.year, openedOn: today, closesOn: input.closesOn }),
    );
  });
}

export async function answerNeedsSurvey(context: Context, input: AnswerNeedsSurveyInput): Promise<NeedsSurveyResponse> {
  const { identity, today, dataSource } = context;
  const survey = await dataSource
    .getRepository(NeedsSurvey)
    .findOneBy({ id: parseId(input.surveyId, 'input.surveyId') });
  if (!survey) throw missing('input.surveyId', 'SURVEY_NOT_FOUND');
  const employeeId = identity.kind === 'user' && identity.employeeId ? Number(identity.employeeId) : undefined;
  const source = input.asManager ? 'MANAGER' : 'EMPLOYEE';
  if (source === 'MANAGER') authorize(identity, 'survey:manage', { unitId: survey.unitId, agencyId: survey.agencyId });
  else authorize(identity, 'survey:respond', { employeeId, agencyId: survey.agencyId });
  // An administrator without an employee record has no answer of their own to give.
  if (employeeId === undefined) throw forbidden();
  if (!isSurveyOpen(survey.closesOn, today))
    throw invalid('input.surveyId', 'SURVEY_CLOSED', { closesOn: survey.closesOn });
  const competencyIds = input.competencyIds.map((id, index) => parseId(id, `input.competencyIds.${index}`));
  const verdict = checkAnswer(competencyIds, input.forms);
  if (verdict) throw invalid(verdict.field, verdict.reason, { max: MAX_SURVEY_COMPETENCIES });
  const note = freeText(input.note, 'input.note', { maxLength: 1000 });
  const values = { forms: input.forms.join(','), note, submittedOn: today };
  return inTransaction(dataSource, async (manager) => {
    const responses = manager.getRepository(NeedsSurveyResponse);
    const key = { surveyId: survey.id, employeeId, source } as const;
    const existing = await responses.findOneBy(key);
    let response: NeedsSurveyResponse;
    if (existing) {
      await auditedWrite(manager, NeedsSurveyResponse, { id: existing.id }, () =>
        responses.update({ id: existing.id }, values),
      );
      const choices = { responseId: existing.id };
      await auditedWrite(manager, NeedsSurveyChoice, choices, () =>
        manager.getRepository(NeedsSurveyChoice).delete(choices),
      );
      response = { ...existing, ...values };
    } else {
      response = await responses.save(responses.create({ ...key, ...values }));
    }
    await manager
      .getRepository(NeedsSurveyChoice)
      .save(
        competencyIds.map((competencyId) =>
          manager.create(NeedsSurveyChoice, { responseId: response.id, competencyId }),
        ),
      );
    return response;
  });
}
