// The demo data: idempotent (only into an empty database) and deterministic (seeded PRNG, fixed dates).
import { insertRows, type Logger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { Agency } from '../entities/agency.entity.js';
import { Assessment } from '../entities/assessment.entity.js';
import { CareerLadderEdge } from '../entities/career-ladder-edge.entity.js';
import { CompetencyLevel } from '../entities/competency-level.entity.js';
import { CompetencyStandard } from '../entities/competency-standard.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { EducationHistory } from '../entities/education-history.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';
import { KinerjaMapping } from '../entities/kinerja-mapping.entity.js';
import { MentorshipLogEntry } from '../entities/mentorship-log-entry.entity.js';
import { MentorshipFocus } from '../entities/mentorship-focus.entity.js';
import { Mentorship } from '../entities/mentorship.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { golonganRank } from '../rules/golongan.js';
import { trackOf } from '../rules/position-level.js';
import { DegreeStudyReport } from '../entities/degree-study-report.entity.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import { demoAssessments } from './demo-assessments.js';
import { demoReassessments } from './demo-reassessments.js';
import { demoLadder, demoMentorships, demoUsers } from './demo-career.js';
import { DEMO_COMPETENCIES } from './demo-competencies.js';
import { demoDegreeStudies } from './demo-degree-studies.js';
import { demoRecords, employeeId, HEAD_OF_UNIT } from './demo-employees.js';
import { DEMO_AGENCIES, unitId, UNIT_TREE } from './demo-organisation.js';
import { DEMO_POSITIONS, defaultManagerialLevel, positionId } from './demo-positions.js';

const DEFAULT_KINERJA = [
  ['SANGAT_BAIK', 'DI_ATAS'],
  ['BAIK', 'SESUAI'],
  ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
  ['KURANG', 'DI_BAWAH'],
  ['SANGAT_KURANG', 'DI_BAWAH'],
] as const;

const pathOf = (ids: number[]) => `/${ids.map((id) => String(id).padStart(6, '0')).join('/')}/`;

function unitRows(): Unit[] {
  return DEMO_AGENCIES.flatMap((agency) =>
    UNIT_TREE.map((unit) => {
      const ancestry: number[] = [];
      for (let k: number | null = unit.k; k !== null; k = UNIT_TREE[k - 1]!.parent)
        ancestry.unshift(unitId(agency.id, k));
      return {
        id: unitId(agency.id, unit.k),
        agencyId: agency.id,
        parentId: unit.parent === null ? null : unitId(agency.id, unit.parent),
        name: unit.name(agency),
        path: pathOf(ancestry),
        headEmployeeId: employeeId(agency.id, HEAD_OF_UNIT[unit.k]!),
      };
    }),
  );
}

export async function seedPersonnel(dataSource: DataSource, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(Agency).count()) > 0) return;
  await dataSource.transaction(async (manager) => {
    await insertRows(
      manager,
      Agency,
      DEMO_AGENCIES.map((agency) => ({
        id: agency.id,
        name: agency.name,
        province: agency.province,
        timeZone: agency.timeZone,
        // Pematangsiantar chose the strict formula, to show both.
        jpmFormula: agency.id === 3 ? 'STRICT' : 'BKN',
        assessmentValidityYears: 3,
        mentorMenteeLimit: 3,
        retirementHorizonYears: 2,
        potentialMenengahFrom: 60,
        potentialTinggiFrom: 80,
      })),
    );
    await insertRows(
      manager,
      KinerjaMapping,
      DEMO_AGENCIES.flatMap((agency) =>
        DEFAULT_KINERJA.map(([predikat, kinerja]) => ({ agencyId: agency.id, predikat, kinerja }) as KinerjaMapping),
      ),
    );
    await insertRows(manager, Unit, unitRows());
    await insertRows(
      manager,
      Competency,
      DEMO_COMPETENCIES.map(({ levels: _levels, ...competency }) => competency),
    );
    await insertRows(
      manager,
      CompetencyLevel,
      DEMO_COMPETENCIES.flatMap((competency) =>
        competency.levels.map(
          (descriptor, index) => ({ competencyId: competency.id, level: index + 1, descriptor }) as CompetencyLevel,
        ),
      ),
    );

    const codeToId = new Map(DEMO_COMPETENCIES.map((competency) => [competency.code, competency.id]));
    const positions: Position[] = [];
    const standards: CompetencyStandard[] = [];
    for (const agency of DEMO_AGENCIES) {
      for (const position of DEMO_POSITIONS) {
        const id = positionId(agency.id, position.k);
        positions.push({
          id,
          agencyId: agency.id,
          unitId: unitId(agency.id, position.unitK),
          name: position.name,
          kind: position.kind,
          track: trackOf(position.kind),
          functionalLevel: position.level,
          minGolonganRank: golonganRank(position.minGolongan),
          minEducation: position.minEducation,
          retirementAgeOverride: null,
          minPppkGradeOverride: null,
          retiredOn: null,
        });
        const managerial = defaultManagerialLevel(position);
        for (let competencyId = 1; competencyId <= 9; competencyId += 1) {
          standards.push({ positionId: id, competencyId, requiredLevel: managerial } as CompetencyStandard);
        }
        for (const [code, level] of position.technical) {
          standards.push({
            positionId: id,
            competencyId: codeToId.get(code)!,
            requiredLevel: level,
          } as CompetencyStandard);
        }
      }
    }
    await insertRows(manager, Position, positions);
    await insertRows(manager, CompetencyStandard, standards);

    const records = DEMO_AGENCIES.flatMap((agency) => demoRecords(agency.id));
    const employees = records.map((record) => record.employee);
    await insertRows(manager, Employee, employees);
    const byId = new Map(employees.map((employee) => [employee.id, employee]));
    await insertRows(manager, RankHistory, records.flatMap((record) => record.ranks) as RankHistory[]);
    await insertRows(manager, PositionHistory, records.flatMap((record) => record.posts) as PositionHistory[]);
    await insertRows(manager, EducationHistory, records.flatMap((record) => record.education) as EducationHistory[]);
    // The appraising official is the manager; the head of the region rates the Sekda.
    await insertRows(
      manager,
      PerformanceRating,
      records.flatMap(({ employee, ratings }) =>
        ratings.map((rating) => ({
          ...rating,
          ratedBy: employee.managerId === null ? 'Kepala Daerah' : byId.get(employee.managerId)!.name,
        })),
      ) as PerformanceRating[],
    );
    const standardsOf = new Map<number, CompetencyStandard[]>();
    for (const line of standards) standardsOf.set(line.positionId, [...(standardsOf.get(line.positionId) ?? []), line]);
    const senior = new Set(
      positions
        .filter((p) => (p.kind !== 'FUNGSIONAL' && p.kind !== 'PELAKSANA') || p.functionalLevel === 'AHLI_MADYA')
        .map((p) => p.id),
    );
    const assessments = demoAssessments(
      employees,
      standardsOf,
      (employee) => ({
        centre: `UPT Penilaian Kompetensi BKPSDM ${DEMO_AGENCIES[employee.agencyId - 1]!.region}`,
        manager: employee.managerId === null ? null : byId.get(employee.managerId)!.name,
      }),
      senior,
    );
    await insertRows(manager, Assessment, [...assessments, ...demoReassessments(assessments)] as Assessment[]);

    await insertRows(
      manager,
      CareerLadderEdge,
      DEMO_AGENCIES.flatMap((agency) => demoLadder(agency.id)) as CareerLadderEdge[],
    );
    // Ids numbered here, in insert order, so that the lines below point at them without asking the database.
    const mentorships = DEMO_AGENCIES.flatMap((agency) => demoMentorships(agency.id));
    await insertRows(
      manager,
      Mentorship,
      mentorships.map(({ mentorship }, index) => ({ ...mentorship, id: index + 1 })),
    );
    await insertRows(
      manager,
      MentorshipFocus,
      mentorships.flatMap(({ focus }, index) =>
        focus.map((competencyId) => ({ mentorshipId: index + 1, competencyId }) as MentorshipFocus),
      ),
    );
    await insertRows(
      manager,
      MentorshipLogEntry,
      mentorships.flatMap(({ log }, index) =>
        log.map((line) => ({ ...line, mentorshipId: index + 1 }) as MentorshipLogEntry),
      ),
    );
    const studies = DEMO_AGENCIES.flatMap((agency) =>
      demoDegreeStudies(
        agency.id,
        records.filter((record) => record.employee.agencyId === agency.id),
      ),
    );
    await insertRows(
      manager,
      DegreeStudy,
      studies.map(({ study }, index) => ({ ...study, id: index + 1 })),
    );
    await insertRows(
      manager,
      DegreeStudyReport,
      studies.flatMap(({ reports }, index) =>
        reports.map((report) => ({ ...report, studyId: index + 1 }) as DegreeStudyReport),
      ),
    );
    await insertRows(
      manager,
      UserAccount,
      DEMO_AGENCIES.flatMap((agency) => demoUsers(agency, (id) => byId.get(id)!.name)) as UserAccount[],
    );
  });
  logger.info('personnel demo data seeded');
}
