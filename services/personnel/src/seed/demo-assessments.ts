// Assessments from the three sources at different dates, around each employee's required levels: the
// assessment centre for structural posts and senior JF (some results stale), manager and self ratings for most.
import type { Assessment } from '../entities/assessment.entity.js';
import type { CompetencyStandard } from '../entities/competency-standard.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import { createRandom, type Random } from '@asn/common';

type NewAssessment = Omit<Assessment, 'id'>;

const pad = (value: number) => String(value).padStart(2, '0');
const clamp = (level: number) => Math.max(1, Math.min(5, level));

/**
 * A level around the required one: most people meet about half their standard and fall one level short on much of
 * the rest, so that mapping results look like real ones (far fewer than 70% "Optimal").
 */
function around(required: number, random: Random): number {
  const roll = random.next();
  return clamp(required + (roll < 0.15 ? -2 : roll < 0.6 ? -1 : roll < 0.94 ? 0 : 1));
}

function dateIn(year: number, random: Random, lastMonth = 12): string {
  return `${year}-${pad(random.int(1, lastMonth))}-${pad(random.int(1, 28))}`;
}

export function demoAssessments(
  employees: readonly Employee[],
  standardsOf: ReadonlyMap<number, readonly CompetencyStandard[]>,
  assessorOf: (employee: Employee) => { centre: string; manager: string | null },
  seniorPositionIds: ReadonlySet<number>,
): NewAssessment[] {
  const random = createRandom(104729);
  const rows: NewAssessment[] = [];
  for (const employee of employees) {
    const { centre, manager } = assessorOf(employee);
    const senior = seniorPositionIds.has(employee.positionId);
    // One assessment-centre sitting per senior employee: every competency of the standard on the same day.
    const centreDay = senior ? dateIn(random.pick([2021, 2023, 2024, 2025]), random) : null;
    const managerDay = manager && random.chance(0.6) ? dateIn(random.pick([2024, 2025]), random) : null;
    const selfDay = random.chance(0.8) ? dateIn(2026, random, 6) : null;
    for (const line of standardsOf.get(employee.positionId) ?? []) {
      const base = { employeeId: employee.id, competencyId: line.competencyId };
      if (centreDay) {
        rows.push({
          ...base,
          level: around(line.requiredLevel, random),
          source: 'ASSESSMENT_CENTER',
          assessedOn: centreDay,
          assessor: centre,
          evidence: 'Hasil asesmen kompetensi (assessment center).',
        });
      }
      if (managerDay && manager && random.chance(0.7)) {
        rows.push({
          ...base,
          level: around(line.requiredLevel, random),
          source: 'MANAGER',
          assessedOn: managerDay,
          assessor: manager,
          evidence: 'Penilaian atasan berdasarkan pengamatan kinerja.',
        });
      }
      // Self-assessment forms come back incomplete: about half the competencies of the standard.
      if (selfDay && random.chance(0.5)) {
        rows.push({
          ...base,
          level: clamp(around(line.requiredLevel, random) + (random.chance(0.3) ? 1 : 0)),
          source: 'SELF',
          assessedOn: selfDay,
          assessor: employee.name,
          evidence: null,
        });
      }
    }
  }
  return rows;
}
