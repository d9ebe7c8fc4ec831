// A unit's needs survey as its people read it: whether it is open, the answers the caller may see (the head and
// administrators all the members', a member their own) and each answer's competencies, through loaders.
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { NeedsSurveyResponse } from '../entities/needs-survey-response.entity.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { Competency, competencyRef } from '../external/competency.js';
import { Employee, employeeRef } from '../external/employee.js';
import { AnswerNeedsSurveyInput, OpenNeedsSurveyInput } from '../inputs/needs-survey.input.js';
import { can } from '../policy.js';
import { isSurveyOpen } from '../rules/needs-survey.js';
import { answerNeedsSurvey, openNeedsSurvey } from '../services/needs-survey.service.js';
import { TrainingForm } from '../types/training-form.enum.js';

const managesSurvey = (survey: NeedsSurvey, { identity }: Context) =>
  can(identity, 'survey:manage', { unitId: survey.unitId, agencyId: survey.agencyId });

@Resolver(() => NeedsSurvey)
export class NeedsSurveyResolver {
  @Mutation(() => NeedsSurvey, {
    description: 'Opens a unit’s needs survey for a year (its head or an administrator).',
  })
  openNeedsSurvey(
    @Arg('input', () => OpenNeedsSurveyInput) input: OpenNeedsSurveyInput,
    @Ctx() context: Context,
  ): Promise<NeedsSurvey> {
    return openNeedsSurvey(context, input);
  }

  @Mutation(() => NeedsSurveyResponse, {
    description:
      'Answers a needs survey for oneself, or (asManager) adds the head’s needs; replaces an earlier answer.',
  })
  answerNeedsSurvey(
    @Arg('input', () => AnswerNeedsSurveyInput) input: AnswerNeedsSurveyInput,
    @Ctx() context: Context,
  ): Promise<NeedsSurveyResponse> {
    return answerNeedsSurvey(context, input);
  }

  @FieldResolver(() => Boolean, { description: 'Whether answers are still taken today.' })
  isOpen(@Root() survey: NeedsSurvey, @Ctx() { today }: Context): boolean {
    return isSurveyOpen(survey.closesOn, today);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may see every answer and add the head’s needs.' })
  canManage(@Root() survey: NeedsSurvey, @Ctx() context: Context): boolean {
    return managesSurvey(survey, context);
  }

  @FieldResolver(() => [NeedsSurveyResponse], {
    description: 'The answers the caller may see: all current members’ and the head’s, or only one’s own.',
  })
  async responses(@Root() survey: NeedsSurvey, @Ctx() context: Context): Promise<NeedsSurveyResponse[]> {
    const rows = await context.loaders.surveyResponsesBySurveyId.load(survey.id);
    const { identity } = context;
    // Read through an employee (no member list), or by a member: their own answer only.
    if (!managesSurvey(survey, context) || survey.memberIds === undefined) {
      return rows.filter((row) => identity.kind === 'user' && String(row.employeeId) === identity.employeeId);
    }
    const members = new Set(survey.memberIds ?? []);
    return rows.filter((row) => row.source === 'MANAGER' || members.has(row.employeeId));
  }

  @FieldResolver(() => NeedsSurveyResponse, { nullable: true, description: 'The caller’s own answer, if given.' })
  async myResponse(@Root() survey: NeedsSurvey, @Ctx() { loaders, identity }: Context) {
    if (identity.kind !== 'user' || !identity.employeeId) return null;
    const rows = await loaders.surveyResponsesBySurveyId.load(survey.id);
    return rows.find((row) => row.source === 'EMPLOYEE' && String(row.employeeId) === identity.employeeId) ?? null;
  }
}

@Resolver(() => NeedsSurveyResponse)
export class NeedsSurveyResponseResolver {
  @FieldResolver(() => Employee, { description: 'Who answered.' })
  employee(@Root() row: NeedsSurveyResponse): Employee {
    return employeeRef(row.employeeId);
  }

  @FieldResolver(() => [TrainingForm], { description: 'The forms of development wanted.' })
  forms(@Root() row: NeedsSurveyResponse): TrainingForm[] {
    return row.forms ? (row.forms.split(',') as TrainingForm[]) : [];
  }

  @FieldResolver(() => [Competency], { description: 'The competencies proposed (resolved by personnel).' })
  async competencies(@Root() row: NeedsSurveyResponse, @Ctx() { loaders }: Context): Promise<Competency[]> {
    return (await loaders.surveyChoicesByResponseId.load(row.id)).map((choice) => competencyRef(choice.competencyId));
  }
}
