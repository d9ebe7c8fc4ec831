// An agency administrator keeps their agency's catalog: trainings (with competencies and prerequisites) and
// providers, added, changed and retired. Nothing is deleted: enrolments, plans and past trainings point at them.
import {
  assertCodeFree,
  assertNotRetired,
  competencyLevels,
  hasRepeats,
  type Identity,
  intInRange,
  inTransaction,
  keptCode,
  keptRows,
  parseId,
  replaceRows,
  requiredText,
  saveAgencySettings,
  saveKeptRow,
} from '@asn/common';
import { In } from 'typeorm';
import type { Context } from '../context.js';
import { JpSetting } from '../entities/jp-setting.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { TrainingCompetency } from '../entities/training-competency.entity.js';
import { TrainingPrerequisite } from '../entities/training-prerequisite.entity.js';
import { Training } from '../entities/training.entity.js';
import { invalid, missing } from '../errors.js';
import type { JpSettingsInput, ProviderInput, TrainingInput } from '../inputs/catalog-master.input.js';
import { authorize } from '../policy.js';
import { MAX_PAST_TRAINING_JP } from '../rules/past-training-csv.js';

/** The administrator's own agency: what new rows belong to. */
function ownAgency(identity: Identity): number {
  authorize(identity, 'catalog:manage');
  return identity.kind === 'user' ? Number(identity.agencyId) : 0;
}

/** A row the caller may change is their agency's, found, else NOT_FOUND or FORBIDDEN. */
const { loadOwn, retire } = keptRows({
  ownAgency,
  authorizeRow: (identity, row) => authorize(identity, 'catalog:keep', row),
  missing: (field) => missing(field, 'ROW_NOT_FOUND'),
});
export { retire };

export async function saveTraining(context: Context, input: TrainingInput): Promise<Training> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Training, 'input.id', input.id) : null;
  const code = keptCode('input.code', input.code, 40);
  if (!/^[A-Z0-9_-]+$/.test(code)) {
    throw invalid('input.code', 'CODE_CHARACTERS');
  }
  await assertCodeFree(context.dataSource, Training, code, existing, () => invalid('input.code', 'CODE_TAKEN'));
  const providerId = parseId(input.providerId, 'input.providerId');
  const provider = await context.dataSource.getRepository(Provider).findOneBy({ id: providerId });
  if (!provider) throw missing('input.providerId', 'ROW_NOT_FOUND');
  if (provider.id !== existing?.providerId) assertNotRetired('input.providerId', provider);
  const competencies = competencyLevels(input.competencies, 'maxLevel', () =>
    invalid('input.competencies', 'COMPETENCY_TWICE'),
  );
  const prerequisiteIds = input.prerequisiteIds.map((id, index) => parseId(id, `input.prerequisiteIds.${index}`));
  const prerequisites = prerequisiteIds.length
    ? await context.dataSource.getRepository(Training).findBy({ id: In(prerequisiteIds) })
    : [];
  const usable = prerequisites.filter((row) => row.retiredOn === null && row.id !== existing?.id);
  if (hasRepeats(prerequisiteIds) || usable.length !== prerequisiteIds.length) {
    throw invalid('input.prerequisiteIds', 'PREREQUISITES_INVALID');
  }
  const values = {
    code,
    title: requiredText('input.title', input.title, 200),
    description: requiredText('input.description', input.description, 1000),
    form: input.form,
    category: input.category,
    jp: intInRange('input.jp', input.jp, 1, MAX_PAST_TRAINING_JP),
    costPerParticipant: intInRange('input.costPerParticipant', input.costPerParticipant, 0, 2_000_000_000),
    providerId,
  };
  return inTransaction(context.dataSource, async (manager) => {
    const saved = await saveKeptRow(manager, Training, existing, agencyId, values);
    // The lists are replaced whole: what the administrator sees is what is kept.
    const trainingId = saved.id;
    await replaceRows(
      manager,
      TrainingCompetency,
      { trainingId },
      competencies.map((line) => ({ ...line, trainingId })),
    );
    await replaceRows(
      manager,
      TrainingPrerequisite,
      { trainingId },
      prerequisiteIds.map((prerequisiteId) => ({ trainingId, prerequisiteId })),
    );
    return saved;
  });
}

export async function saveProvider(context: Context, input: ProviderInput): Promise<Provider> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Provider, 'input.id', input.id) : null;
  const values = { name: requiredText('input.name', input.name, 200), kind: input.kind };
  return inTransaction(context.dataSource, (manager) => saveKeptRow(manager, Provider, existing, agencyId, values));
}

/** The agency's own JP settings row, created on first change (until then the national default applies). */
export async function setJpSettings(context: Context, input: JpSettingsInput): Promise<JpSetting> {
  const agencyId = ownAgency(context.identity);
  const values = {
    jpTarget: intInRange('input.jpTarget', input.jpTarget, 1, 200),
    pppkJpCap: intInRange('input.pppkJpCap', input.pppkJpCap, 1, 200),
    postTestPassScore: intInRange('input.postTestPassScore', input.postTestPassScore, 0, 100),
    // Absent evaluation delays keep what is in force (older clients send only the JP values).
    ...(input.applicationRatingAfterMonths == null
      ? {}
      : {
          applicationRatingAfterMonths: intInRange(
            'input.applicationRatingAfterMonths',
            input.applicationRatingAfterMonths,
            1,
            24,
          ),
        }),
    ...(input.reassessmentProposalMonths == null
      ? {}
      : {
          reassessmentProposalMonths: intInRange(
            'input.reassessmentProposalMonths',
            input.reassessmentProposalMonths,
            1,
            60,
          ),
        }),
    ...(input.partnershipLapsingDays == null
      ? {}
      : {
          partnershipLapsingDays: intInRange('input.partnershipLapsingDays', input.partnershipLapsingDays, 1, 365),
        }),
    ...(input.partnershipUnusedMonths == null
      ? {}
      : {
          partnershipUnusedMonths: intInRange('input.partnershipUnusedMonths', input.partnershipUnusedMonths, 1, 24),
        }),
  };
  return saveAgencySettings(context.dataSource, JpSetting, agencyId, values);
}
