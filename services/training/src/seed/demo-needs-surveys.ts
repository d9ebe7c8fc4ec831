// Demo needs surveys: Bidang Aplikasi Informatika (local unit 6) of each agency surveys this year's needs, open to
// the year's end; five of its members have answered and the head has added theirs, so the team page's needs
// analysis shows the demand beside the gaps. The demo ASN (local employee 14) has not answered yet.
import { TrainingForm } from '../types/training-form.enum.js';
import { addDays } from './demo-sessions.js';

export interface DemoSurvey {
  survey: { agencyId: number; unitId: number; year: number; openedOn: string; closesOn: string };
  answers: {
    employeeId: number;
    source: 'EMPLOYEE' | 'MANAGER';
    competencyIds: number[];
    forms: TrainingForm[];
    note: string | null;
  }[];
}

const { CLASSICAL: C, NON_CLASSICAL: N } = TrainingForm;
const UNITS_PER_AGENCY = 12;
const EMPLOYEES_PER_AGENCY = 75;
/** [local employee, source, competencies, forms, note]; local 4 heads unit 6. */
const ANSWERS: [number, 'EMPLOYEE' | 'MANAGER', number[], TrainingForm[], string | null][] = [
  [16, 'EMPLOYEE', [21, 15], [C], 'Ingin mendalami keamanan aplikasi web.'],
  [19, 'EMPLOYEE', [11, 21], [N], null],
  [20, 'EMPLOYEE', [21, 14], [C, N], 'Pelatihan daring lebih cocok.'],
  [21, 'EMPLOYEE', [15], [N], null],
  [65, 'EMPLOYEE', [11, 10], [C], 'Analisis data untuk Satu Data daerah.'],
  [4, 'MANAGER', [10, 15], [C], 'Tim perlu manajemen proyek SPBE dan keamanan informasi.'],
];

export function demoNeedsSurveys(today: string): DemoSurvey[] {
  const year = Number(today.slice(0, 4));
  return [1, 2, 3, 4].map((agencyId) => ({
    survey: {
      agencyId,
      unitId: UNITS_PER_AGENCY * (agencyId - 1) + 6,
      year,
      openedOn: addDays(today, -20),
      closesOn: `${year}-12-31`,
    },
    answers: ANSWERS.map(([local, source, competencyIds, forms, note]) => ({
      employeeId: EMPLOYEES_PER_AGENCY * (agencyId - 1) + local,
      source,
      competencyIds,
      forms,
      note,
    })),
  }));
}
