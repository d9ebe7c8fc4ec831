// Small catalogs for unit tests, written straight to the test database.
import type { DataSource } from 'typeorm';
import { Provider } from '../entities/provider.entity.js';
import { TrainingCompetency } from '../entities/training-competency.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { ProviderKind } from '../types/provider-kind.enum.js';
import { SessionMode } from '../types/session-mode.enum.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';

export interface Catalog {
  trainings: Training[];
  sessions: TrainingSession[];
}

/** `count` trainings (each developing competency 11 up to level 3 and competency 3 up to level 2), one session each. */
export async function insertCatalog(
  dataSource: DataSource,
  count: number,
  session: Partial<TrainingSession> = {},
  prefix = 'T',
): Promise<Catalog> {
  const provider = await dataSource
    .getRepository(Provider)
    .save({ name: `Provider ${prefix}`, kind: ProviderKind.LAN });
  const trainings = await dataSource.getRepository(Training).save(
    Array.from({ length: count }, (_, i) => ({
      code: `${prefix}-${i + 1}`,
      title: `Pelatihan ${prefix} ${i + 1}`,
      description: 'Uji',
      form: i % 2 ? TrainingForm.NON_CLASSICAL : TrainingForm.CLASSICAL,
      category: i % 2 ? TrainingCategory.E_LEARNING : TrainingCategory.TECHNICAL,
      jp: 8 + i,
      costPerParticipant: 1_000_000 + i * 100_000,
      providerId: provider.id,
      agencyId: null,
    })),
  );
  await dataSource.getRepository(TrainingCompetency).save(
    trainings.flatMap((t) => [
      { trainingId: t.id, competencyId: 11, maxLevel: 3 },
      { trainingId: t.id, competencyId: 3, maxLevel: 2 },
    ]),
  );
  const sessions = await dataSource.getRepository(TrainingSession).save(
    trainings.map((t) => ({
      trainingId: t.id,
      name: 'Angkatan I',
      startDate: '2026-08-01',
      endDate: '2026-08-05',
      mode: SessionMode.OFFLINE,
      location: 'Ambon',
      capacity: 30,
      seatsTaken: 0,
      registrationDeadline: '2026-07-20',
      agencyId: null,
      ...session,
    })),
  );
  return { trainings, sessions };
}
