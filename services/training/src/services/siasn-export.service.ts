// The SIASN riwayat diklat/kursus export of one employee or a unit's members: completed enrolments and verified past
// trainings whose last day falls in the period, as records and CSV. Every table is read once per request through
// the loaders, whatever the number of people (test/integration/siasn-export.int.test.ts counts the statements).
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { PastTraining } from '../entities/past-training.entity.js';
import { employeeRef } from '../external/employee.js';
import { invalid } from '../errors.js';
import { visibleRows } from '../policy.js';
import { SIASN_KIND_LABELS } from '../rules/siasn-kursus-columns.js';
import { writeSiasnKursusCsv } from '../rules/siasn-kursus-csv.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { PastTrainingStatus } from '../types/past-training-status.enum.js';
import { SiasnKursusSource, type SiasnKursus, type SiasnKursusExport } from '../types/siasn-kursus.type.js';
import type { TrainingCategory } from '../types/training-category.enum.js';

export interface SiasnMember {
  employeeId: number;
  /** The NIP personnel sent, grouped 8-6-1-3; null when it did not. */
  nip: string | null;
}

const unique = (values: (number | null)[]) => [...new Set(values.filter((value): value is number => value !== null))];

function record(
  member: SiasnMember,
  fields: Omit<SiasnKursus, 'employee' | 'nipBaru' | 'jenisKursus' | 'tahunKursus'> & { category: TrainingCategory },
): SiasnKursus {
  return {
    employee: employeeRef(member.employeeId),
    nipBaru: member.nip,
    jenisKursus: SIASN_KIND_LABELS[fields.category],
    tahunKursus: Number(fields.tanggalSelesaiKursus.slice(0, 4)),
    ...fields,
  };
}

export async function exportSiasnKursus(
  context: Context,
  members: SiasnMember[],
  from: string,
  to: string,
): Promise<SiasnKursusExport> {
  if (to < from) throw invalid('to', 'END_BEFORE_START');
  const { loaders, identity } = context;
  const inPeriod = (date: string | null) => date !== null && date >= from && date <= to;
  const ids = members.map((member) => member.employeeId);
  const [enrolmentsBy, pastBy] = await Promise.all([
    loadAll(loaders.enrolmentsByEmployeeId, ids),
    loadAll(loaders.pastTrainingsByEmployeeId, ids),
  ]);
  const completed: Enrolment[][] = enrolmentsBy.map((rows) =>
    visibleRows(identity, rows).filter((row) => row.status === EnrolmentStatus.COMPLETED && inPeriod(row.completedOn)),
  );
  const verified: PastTraining[][] = pastBy.map((rows) =>
    visibleRows(identity, rows).filter((row) => row.status === PastTrainingStatus.VERIFIED && inPeriod(row.endDate)),
  );
  const [trainings, sessions] = await Promise.all([
    loadAll(loaders.trainingsById, unique(completed.flat().map((row) => row.trainingId))),
    loadAll(loaders.sessionsById, unique(completed.flat().map((row) => row.sessionId))),
  ]);
  const trainingOf = new Map(trainings.flatMap((training) => (training ? [[training.id, training] as const] : [])));
  const sessionOf = new Map(sessions.flatMap((session) => (session ? [[session.id, session] as const] : [])));
  const providers = await loadAll(
    loaders.providersById,
    unique([
      ...trainings.map((training) => training?.providerId ?? null),
      ...verified.flat().map((row) => row.providerId),
    ]),
  );
  const providerName = new Map(
    providers.flatMap((provider) => (provider ? [[provider.id, provider.name] as const] : [])),
  );
  const records = members.flatMap((member, index) => {
    const fromEnrolments = completed[index]!.flatMap((row) => {
      const training = trainingOf.get(row.trainingId);
      if (!training) return [];
      const endDate = row.completedOn!;
      const startDate = sessionOf.get(row.sessionId)?.startDate ?? endDate;
      return [
        record(member, {
          namaKursus: training.title,
          category: training.category,
          jumlahJam: row.jpCredited ?? training.jp,
          tanggalKursus: startDate <= endDate ? startDate : endDate,
          tanggalSelesaiKursus: endDate,
          institusiPenyelenggara: providerName.get(training.providerId) ?? null,
          nomorSertipikat: row.certificateNumber,
          source: SiasnKursusSource.ENROLMENT,
        }),
      ];
    });
    const fromPast = verified[index]!.map((row) =>
      record(member, {
        namaKursus: row.title,
        category: row.category,
        jumlahJam: row.jp,
        tanggalKursus: row.startDate,
        tanggalSelesaiKursus: row.endDate,
        institusiPenyelenggara:
          row.providerName ?? (row.providerId ? (providerName.get(row.providerId) ?? null) : null),
        nomorSertipikat: row.certificateNumber,
        source: SiasnKursusSource.PAST_TRAINING,
      }),
    );
    return [...fromEnrolments, ...fromPast].sort((a, b) =>
      a.tanggalSelesaiKursus.localeCompare(b.tanggalSelesaiKursus),
    );
  });
  return { from, to, records, csv: writeSiasnKursusCsv(records) };
}
