import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { DegreeStudyReport } from '../entities/degree-study-report.entity.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import {
  ApplyDegreeStudyInput,
  DecideDegreeStudyInput,
  GraduateDegreeStudyInput,
  ReportDegreeStudyInput,
} from '../inputs/degree-study.input.js';
import {
  applyDegreeStudy,
  decideDegreeStudy,
  graduateDegreeStudy,
  reportDegreeStudy,
} from '../services/degree-study.service.js';

/** The degree-study workflow: the employee applies and reports; the manager then an administrator decide. */
@Resolver(() => DegreeStudy)
export class DegreeStudyMutationResolver {
  @Mutation(() => DegreeStudy, {
    description: 'An employee applies for a degree study (or an administrator enters it); it awaits the manager.',
  })
  applyDegreeStudy(
    @Arg('input', () => ApplyDegreeStudyInput) input: ApplyDegreeStudyInput,
    @Ctx() context: Context,
  ): Promise<DegreeStudy> {
    return applyDegreeStudy(context, input);
  }

  @Mutation(() => DegreeStudy, {
    description: "Approves a study at its stage: the manager's approval passes it to an administrator, who grants it.",
  })
  approveDegreeStudy(
    @Arg('input', () => DecideDegreeStudyInput) input: DecideDegreeStudyInput,
    @Ctx() context: Context,
  ): Promise<DegreeStudy> {
    return decideDegreeStudy(context, input, true);
  }

  @Mutation(() => DegreeStudy, { description: 'Refuses a study awaiting the caller, with a reason.' })
  rejectDegreeStudy(
    @Arg('input', () => DecideDegreeStudyInput) input: DecideDegreeStudyInput,
    @Ctx() context: Context,
  ): Promise<DegreeStudy> {
    return decideDegreeStudy(context, input, false);
  }

  @Mutation(() => DegreeStudyReport, {
    description: 'The signed-in employee reports a semester of their running study.',
  })
  reportDegreeStudy(
    @Arg('input', () => ReportDegreeStudyInput) input: ReportDegreeStudyInput,
    @Ctx() context: Context,
  ): Promise<DegreeStudyReport> {
    return reportDegreeStudy(context, input);
  }

  @Mutation(() => DegreeStudy, {
    description:
      "Records a graduation (administrators): the degree enters the education history and the employee's education.",
  })
  graduateDegreeStudy(
    @Arg('input', () => GraduateDegreeStudyInput) input: GraduateDegreeStudyInput,
    @Ctx() context: Context,
  ): Promise<DegreeStudy> {
    return graduateDegreeStudy(context, input);
  }
}
