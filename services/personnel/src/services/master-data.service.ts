// An agency administrator keeps the agency's personnel reference data: its own technical competencies (with the
// five level descriptors), its positions, and its settings. Competencies and positions are retired, never deleted:
// assessments, standards, employees and histories point at them. National dictionary rows (no agency) are not any
// agency's to change.
import {
  assertCodeFree,
  badInput,
  type Identity,
  intInRange,
  inTransaction,
  keptCode,
  keptRows,
  parseId,
  requiredText,
  saveKeptRow,
} from '@asn/common';
import type { Context } from '../context.js';
import { Agency } from '../entities/agency.entity.js';
import { CompetencyLevel } from '../entities/competency-level.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { forbidden, invalid } from '../errors.js';
import type { AgencySettingsInput, CompetencyInput, PositionInput } from '../inputs/master-data.input.js';
import { authorize, homeAgency } from '../policy.js';
import { golonganRank } from '../rules/golongan.js';
import { trackOf } from '../rules/position-level.js';

/** An agency of a regional government lies in one of Indonesia's three time zones (WIB, WITA, WIT). */
const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

function indonesianTimeZone(value: string): string {
  if (TIME_ZONES.includes(value)) return value;
  throw badInput('input.timeZone', 'TIME_ZONE_UNKNOWN', {
    id: 'Zona waktu harus Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).',
    en: 'The time zone must be Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).',
  });
}

/** A PPPK grade I-XVII (Perpres 98/2020), as its number. */
function pppkGrade(value: number): number {
  if (Number.isInteger(value) && value >= 1 && value <= 17) return value;
  throw invalid('input.minPppkGrade', 'PPPK_GRADE_OUT_OF_RANGE');
}

/** The administrator's agency, which new rows belong to. */
function ownAgency(identity: Identity): number {
  const agencyId = homeAgency(identity) ?? 0;
  authorize(identity, { action: 'catalog.write', agencyId });
  return agencyId;
}

/** A row of the caller's agency to change or retire; a national row (agency null) is nobody's here. */
const { loadOwn, retire } = keptRows({
  ownAgency,
  authorizeRow: (identity, row) => {
    if (row.agencyId === null) throw forbidden();
    authorize(identity, { action: 'catalog.write', agencyId: row.agencyId });
  },
  missing: (field) => badInput(field, 'NOT_FOUND', { id: 'Data tidak ditemukan.', en: 'Not found.' }),
});
export { retire };

export async function saveCompetency(context: Context, input: CompetencyInput): Promise<Competency> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Competency, 'input.id', input.id) : null;
  const code = keptCode('input.code', input.code, 20);
  if (!/^[A-Z0-9_-]+$/.test(code)) {
    throw badInput('input.code', 'CODE_INVALID', { id: 'Kode hanya huruf dan angka.', en: 'Letters and digits only.' });
  }
  await assertCodeFree(context.dataSource, Competency, code, existing, () =>
    badInput('input.code', 'CODE_TAKEN', { id: 'Kode sudah dipakai.', en: 'The code is taken.' }),
  );
  if (input.levels.length !== 5) {
    throw badInput('input.levels', 'LEVELS_NOT_FIVE', {
      id: 'Harus ada tepat lima deskriptor level (1–5).',
      en: 'There must be exactly five level descriptors (1–5).',
    });
  }
  const levels = input.levels.map((text, index) => requiredText(`input.levels.${index}`, text, 500));
  const values = {
    code,
    name: requiredText('input.name', input.name, 150),
    type: input.type,
    definition: requiredText('input.definition', input.definition, 500),
  };
  return inTransaction(context.dataSource, async (manager) => {
    const saved = await saveKeptRow(manager, Competency, existing, agencyId, values);
    // Descriptors are updated in place, level by level, so their ids (and the audit trail) stay.
    const rows = await manager.getRepository(CompetencyLevel).findBy({ competencyId: saved.id });
    await manager.getRepository(CompetencyLevel).save(
      levels.map((descriptor, index) => ({
        ...rows.find((row) => row.level === index + 1),
        competencyId: saved.id,
        level: index + 1,
        descriptor,
      })),
    );
    return saved;
  });
}

export async function savePosition(context: Context, input: PositionInput): Promise<Position> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Position, 'input.id', input.id) : null;
  const unit = await context.dataSource.getRepository(Unit).findOneBy({ id: parseId(input.unitId, 'input.unitId') });
  if (!unit) throw invalid('input.unitId', 'UNIT_NOT_FOUND');
  // Another agency's unit is not the caller's to place a post in.
  authorize(context.identity, { action: 'catalog.write', agencyId: unit.agencyId });
  const functional = input.kind === 'FUNGSIONAL';
  if (functional !== Boolean(input.functionalLevel)) {
    throw badInput('input.functionalLevel', 'LEVEL_FOR_FUNCTIONAL_ONLY', {
      id: 'Jenjang diisi untuk jabatan fungsional saja, dan wajib di sana.',
      en: 'A level is given for a functional position only, and is required there.',
    });
  }
  const values = {
    unitId: unit.id,
    name: requiredText('input.name', input.name, 150),
    kind: input.kind,
    track: trackOf(input.kind),
    functionalLevel: input.functionalLevel ?? null,
    minGolonganRank: golonganRank(input.minGolongan),
    minEducation: input.minEducation,
    retirementAgeOverride:
      input.retirementAge == null ? null : intInRange('input.retirementAge', input.retirementAge, 50, 70),
    minPppkGradeOverride: input.minPppkGrade == null ? null : pppkGrade(input.minPppkGrade),
  };
  return inTransaction(context.dataSource, (manager) => saveKeptRow(manager, Position, existing, agencyId, values));
}

export async function updateAgencySettings(context: Context, input: AgencySettingsInput): Promise<Agency> {
  const agencyId = ownAgency(context.identity);
  const agency = await context.dataSource.getRepository(Agency).findOneByOrFail({ id: agencyId });
  const menengah = intInRange('input.potentialMenengahFrom', input.potentialMenengahFrom, 1, 99);
  const tinggi = intInRange('input.potentialTinggiFrom', input.potentialTinggiFrom, menengah + 1, 100);
  const values = {
    jpmFormula: input.jpmFormula,
    assessmentValidityYears: intInRange('input.assessmentValidityYears', input.assessmentValidityYears, 1, 10),
    potentialMenengahFrom: menengah,
    potentialTinggiFrom: tinggi,
    ...(input.timeZone != null && { timeZone: indonesianTimeZone(input.timeZone) }),
    ...(input.mentorMenteeLimit != null && {
      mentorMenteeLimit: intInRange('input.mentorMenteeLimit', input.mentorMenteeLimit, 1, 10),
    }),
    ...(input.retirementHorizonYears != null && {
      retirementHorizonYears: intInRange('input.retirementHorizonYears', input.retirementHorizonYears, 1, 10),
    }),
  };
  return inTransaction(context.dataSource, (manager) => manager.getRepository(Agency).save({ ...agency, ...values }));
}
