// An agency administrator keeps their agency's catalog: trainings (with competencies and prerequisites) and
// providers, added, changed and retired. Nothing is deleted: enrolments, plans and past trainings point at them.
import {
  type AgencyRow,
  assertNotRetired,
  findRowById,
  hasRepeats,
  type Identity,
  intInRange,
  inTransaction,
  markRetired,
  parseId,
  replaceRows,
  requiredText,
  type Retirable,
} from '@asn/common';
import { In, Not } from 'typeorm';
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

/** Loads a row the caller may change: their agency's, found, else NOT_FOUND or FORBIDDEN. */
async function loadOwn<T extends AgencyRow>(context: Context, entity: new () => T, field: string, idText: string) {
  const row = await findRowById(context.dataSource, entity, field, idText, () => missing(field, 'ROW_NOT_FOUND'));
  authorize(context.identity, 'catalog:keep', row);
  return row;
}

export async function saveTraining(context: Context, input: TrainingInput): Promise<Training> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Training, 'input.id', input.id) : null;
  const code = requiredText('input.code', input.code, 40).toUpperCase();
  if (!/^[A-Z0-9_-]+$/.test(code)) {
    throw invalid('input.code', 'CODE_CHARACTERS');
  }
  const trainings = context.dataSource.getRepository(Training);
  if (await trainings.existsBy({ code, ...(existing && { id: Not(existing.id) }) })) {
    throw invalid('input.code', 'CODE_TAKEN');
  }
  const providerId = parseId(input.providerId, 'input.providerId');
  const provider = await context.dataSource.getRepository(Provider).findOneBy({ id: providerId });
  if (!provider) throw missing('input.providerId', 'ROW_NOT_FOUND');
  if (provider.id !== existing?.providerId) assertNotRetired('input.providerId', provider);
  const competencies = input.competencies.map((line, index) => ({
    competencyId: parseId(line.competencyId, `input.competencies.${index}.competencyId`),
    maxLevel: intInRange(`input.competencies.${index}.maxLevel`, line.maxLevel, 1, 5),
  }));
  if (hasRepeats(competencies.map((line) => line.competencyId))) {
    throw invalid('input.competencies', 'COMPETENCY_TWICE');
  }
  const prerequisiteIds = input.prerequisiteIds.map((id, index) => parseId(id, `input.prerequisiteIds.${index}`));
  const prerequisites = prerequisiteIds.length ? await trainings.findBy({ id: In(prerequisiteIds) }) : [];
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
    const saved = await manager
      .getRepository(Training)
      .save({ ...(existing ?? { agencyId, retiredOn: null }), ...values });
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
  return inTransaction(context.dataSource, (manager) =>
    manager.getRepository(Provider).save({ ...(existing ?? { agencyId, retiredOn: null }), ...values }),
  );
}

/** Retires a training or provider of the caller's agency, today. */
export async function retire<T extends AgencyRow & Retirable>(
  context: Context,
  entity: new () => T,
  idText: string,
): Promise<T> {
  ownAgency(context.identity);
  const row = await loadOwn(context, entity, 'input.id', idText);
  return markRetired(context.dataSource, entity, 'input.id', row, context.today);
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
  const existing = await context.dataSource.getRepository(JpSetting).findOneBy({ agencyId });
  return inTransaction(context.dataSource, (manager) =>
    manager
      .getRepository(JpSetting)
      .save({ ...(existing ?? { agencyId }), ...values, source: 'Ditetapkan administrator instansi' }),
  );
}
