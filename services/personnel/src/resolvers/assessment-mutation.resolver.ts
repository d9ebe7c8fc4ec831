import { assertNotRetired, cleanName, inTransaction } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Assessment } from '../entities/assessment.entity.js';
import { invalid, parseId } from '../errors.js';
import { ImportAssessmentsInput, RecordAssessmentInput } from '../inputs/assessment.input.js';
import { authorize } from '../policy.js';
import { importAssessments } from '../services/assessment-import.service.js';
import { AssessmentImportResult } from '../types/assessment-import-result.type.js';

const DEFAULT_ASSESSOR = {
  ASSESSMENT_CENTER: 'Assessment Center',
  MANAGER: 'Atasan langsung',
  SELF: 'Penilaian mandiri',
};

@Resolver(() => Assessment)
export class AssessmentMutationResolver {
  @Mutation(() => Assessment, {
    description: 'Records an assessment; history is kept, the current level follows the rule (source, then date).',
  })
  async recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() context: Context,
  ): Promise<Assessment> {
    const { loaders, identity, today } = context;
    const employee = await loaders.employeesById.load(parseId(input.employeeId, 'input.employeeId'));
    if (!employee) throw invalid('input.employeeId', 'EMPLOYEE_NOT_FOUND');
    authorize(identity, { action: 'assessment.record', employee, source: input.source });
    const competency = await loaders.competenciesById.load(parseId(input.competencyId, 'input.competencyId'));
    if (!competency) throw invalid('input.competencyId', 'COMPETENCY_NOT_FOUND');
    // Earlier assessments of a retired competency stay readable; no new one is recorded.
    assertNotRetired('input.competencyId', competency);
    if (!Number.isInteger(input.level) || input.level < 1 || input.level > 5) {
      throw invalid('input.level', 'LEVEL_OUT_OF_RANGE');
    }
    if (input.assessedOn > today) throw invalid('input.assessedOn', 'DATE_IN_FUTURE');
    const given = input.assessor ?? DEFAULT_ASSESSOR[input.source];
    if (given.trim().length === 0 || given.trim().length > 150) throw invalid('input.assessor', 'NAME_REQUIRED');
    const assessor = cleanName(given, 'input.assessor', 150);
    const evidence = input.evidence?.trim() || null;
    if (evidence !== null && evidence.length > 500) throw invalid('input.evidence', 'TEXT_TOO_LONG', { max: 500 });
    return inTransaction(context.dataSource, async (manager) => {
      const repository = manager.getRepository(Assessment);
      const { identifiers } = await repository.insert({
        employeeId: employee.id,
        competencyId: competency.id,
        level: input.level,
        source: input.source,
        assessedOn: input.assessedOn,
        assessor,
        evidence,
      });
      return repository.findOneByOrFail({ id: Number(identifiers[0]!.id) });
    });
  }

  @Mutation(() => AssessmentImportResult, {
    description: "Imports the assessment centre's CSV export; any bad row (reported by line) means nothing is saved.",
  })
  importAssessments(
    @Arg('input', () => ImportAssessmentsInput) input: ImportAssessmentsInput,
    @Ctx() context: Context,
  ): Promise<AssessmentImportResult> {
    return importAssessments(context, input.csv, input.assessor, input.dryRun);
  }
}
