// Demo degree studies, drawn from the demo records so they agree with them: master's degrees the records show earned
// while serving are graduated tugas belajar with the same university and year; a few people study now (with their
// semester reports), and a few applications await the manager, an administrator, or were refused.
import type { DegreeStudyReport } from '../entities/degree-study-report.entity.js';
import type { DegreeStudy } from '../entities/degree-study.entity.js';
import { addMonths } from '../rules/calendar.js';
import { employeeId, type DemoRecord } from './demo-employees.js';

export interface DemoStudy {
  study: Omit<DegreeStudy, 'id'>;
  reports: Omit<DegreeStudyReport, 'id' | 'studyId'>[];
}

/** The demo users sign in as these (demo-career): they start with a clean slate to apply in the demo. */
const USER_JS = new Set([14, 24, 31, 33, 46, 59]);
/** Kepala Bidang Aplikasi Informatika, whose people the demo manager approves for. */
const KABID_J = 4;

const semesters = (count: number, firstReport: string, gpas: number[], lastNote: string) =>
  gpas.slice(0, count).map((gpa, index) => ({
    semester: index + 1,
    gpaHundredths: gpa,
    creditsEarned: 18 * (index + 1),
    note: index === count - 1 ? lastNote : null,
    reportedOn: addMonths(`${firstReport}-20`, 6 * index),
  }));

export function demoDegreeStudies(agencyId: number, records: DemoRecord[]): DemoStudy[] {
  const used = new Set<number>();
  const pick = (test: (record: DemoRecord, j: number) => boolean) => {
    const found = records.find(
      (record, index) => !used.has(index) && !USER_JS.has(index + 1) && index + 1 > 13 && test(record, index + 1),
    );
    if (found) used.add(records.indexOf(found));
    return found?.employee;
  };
  const base = (employee: DemoRecord['employee']) => ({ agencyId, employeeId: employee.id, rejectionReason: null });
  const studies: DemoStudy[] = [];

  // Master's degrees the records show earned while serving: graduated tugas belajar, two per agency.
  for (const record of records.filter((_, index) => index + 1 > 13 && !USER_JS.has(index + 1))) {
    if (studies.length === 2) break;
    const master = record.education.find((entry) => entry.level === 'S2');
    const appointed = Number(record.employee.nip.slice(8, 12));
    if (!master || master.year - 2 < appointed + 1) continue;
    used.add(records.indexOf(record));
    const start = master.year - 2;
    studies.push({
      study: {
        ...base(record.employee),
        kind: 'TUGAS_BELAJAR',
        level: 'S2',
        programme: master.field,
        institution: master.institution,
        funding: 'APBD',
        startsOn: `${start}-09-01`,
        expectedEndOn: `${master.year}-08-31`,
        status: 'GRADUATED',
        appliedOn: `${start}-05-04`,
        managerApprovedOn: `${start}-05-11`,
        approvedOn: `${start}-06-08`,
        graduatedOn: `${master.year}-08-15`,
      },
      reports: semesters(4, `${start + 1}-02`, [352, 361, 358, 370], 'Sidang tesis selesai.'),
    });
  }

  const graduate = (level: 'S1' | 'S2') => (record: DemoRecord) =>
    record.employee.education === (level === 'S2' ? 'S1' : 'D3');
  const running = pick(graduate('S2'));
  if (running) {
    const university = records.find((r) => r.employee.id === running.id)!.education.find((e) => e.level === 'S1')!;
    studies.push({
      study: {
        ...base(running),
        kind: 'TUGAS_BELAJAR',
        level: 'S2',
        programme: 'Magister Administrasi Publik',
        institution: university.institution,
        funding: 'SCHOLARSHIP',
        startsOn: '2025-09-01',
        expectedEndOn: '2027-08-31',
        status: 'APPROVED',
        appliedOn: '2025-04-14',
        managerApprovedOn: '2025-04-21',
        approvedOn: '2025-05-19',
        graduatedOn: null,
      },
      reports: semesters(2, '2026-02', [348, 362], 'Penyusunan proposal tesis.'),
    });
  }
  const nurse = pick(graduate('S1'));
  if (nurse) {
    studies.push({
      study: {
        ...base(nurse),
        kind: 'IZIN_BELAJAR',
        level: 'S1',
        programme: 'Ilmu Keperawatan (alih jenjang)',
        institution: records.find((r) => r.employee.id === nurse.id)!.education.find((e) => e.level === 'D3')!
          .institution,
        funding: 'SELF',
        startsOn: '2025-02-03',
        expectedEndOn: '2027-01-29',
        status: 'APPROVED',
        appliedOn: '2024-11-18',
        managerApprovedOn: '2024-11-25',
        approvedOn: '2024-12-16',
        graduatedOn: null,
      },
      reports: semesters(3, '2025-08', [331, 345, 352], 'Praktik klinik di RSUD.'),
    });
  }

  const kabid = employeeId(agencyId, KABID_J);
  const application = (status: 'PENDING_MANAGER' | 'PENDING_ADMIN' | 'REJECTED', inKabidUnit: boolean) => {
    const employee = pick((r) => r.employee.education === 'S1' && (r.employee.managerId === kabid) === inKabidUnit);
    if (!employee) return;
    studies.push({
      study: {
        ...base(employee),
        kind: 'TUGAS_BELAJAR',
        level: 'S2',
        programme: status === 'REJECTED' ? 'Magister Manajemen' : 'Magister Sistem Informasi',
        institution: 'Universitas Gadjah Mada',
        funding: status === 'PENDING_ADMIN' ? 'SCHOLARSHIP' : 'APBD',
        startsOn: '2027-02-01',
        expectedEndOn: '2029-01-31',
        status,
        appliedOn: '2026-11-10',
        managerApprovedOn: status === 'PENDING_MANAGER' ? null : '2026-11-16',
        approvedOn: null,
        rejectionReason:
          status === 'REJECTED' ? 'Kuota tugas belajar APBD 2027 sudah terisi; ajukan beasiswa LPDP.' : null,
        graduatedOn: null,
      },
      reports: [],
    });
  };
  application('PENDING_MANAGER', true);
  application('PENDING_ADMIN', false);
  application('REJECTED', false);
  return studies;
}
