// Demo sessions: each training runs in last year and this year, on dates derived from its index, so some sessions
// are over and some run now; and once more in the coming months, open for registration. A session is held where its
// provider is (a Universitas Pattimura internship in Ambon, an LKPP course in Jakarta); activities that happen at a
// workplace (internships, secondments, benchmarking visits, leadership and basic training) are never online. Degrees
// have no sessions: they are studied through personnel's degree study (docs/domain.md, "Degree study"); each other
// training keeps the dates of its place in the catalog.
import type { TrainingSession } from '../entities/training-session.entity.js';
import type { Training } from '../entities/training.entity.js';
import { SessionMode } from '../types/session-mode.enum.js';
import { offeredAsSession } from '../rules/offered-as-session.js';
import { TrainingCategory } from '../types/training-category.enum.js';

/** Where a learning community with no city of its own meets: the seats of the demo agencies, in turn. */
const AGENCY_CITIES = ['Ambon', 'Mamuju', 'Pematangsiantar', 'Sabang'];

const IN_PERSON = new Set<TrainingCategory>([
  TrainingCategory.INTERNSHIP,
  TrainingCategory.SECONDMENT,
  TrainingCategory.BENCHMARKING,
  TrainingCategory.LEADERSHIP,
  TrainingCategory.LATSAR,
]);

/** The city each training's provider holds it in (null: the participants' own city), by training id. */
export type ProviderCities = ReadonlyMap<number, string | null>;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days a training runs, from its JP (about 8 JP a day), at least one. */
function durationDays(training: Training): number {
  return Math.max(1, Math.ceil(training.jp / 8));
}

function sessionRow(
  training: Training,
  index: number,
  startDate: string,
  name: string,
  cities: ProviderCities,
): Partial<TrainingSession> {
  const mode =
    training.category === TrainingCategory.E_LEARNING
      ? SessionMode.ONLINE
      : IN_PERSON.has(training.category)
        ? SessionMode.OFFLINE
        : [SessionMode.OFFLINE, SessionMode.BLENDED, SessionMode.ONLINE][index % 3]!;
  const city = cities.get(training.id) ?? AGENCY_CITIES[index % AGENCY_CITIES.length]!;
  return {
    trainingId: training.id,
    name,
    startDate,
    endDate: addDays(startDate, durationDays(training) - 1),
    mode,
    location: mode === SessionMode.ONLINE ? 'Daring' : city,
    capacity: training.category === TrainingCategory.LEADERSHIP ? 30 : 40,
    seatsTaken: 0,
    registrationDeadline: addDays(startDate, -7),
    agencyId: null,
  };
}

export function demoSessions(trainings: Training[], year: number, cities: ProviderCities): Partial<TrainingSession>[] {
  return trainings.flatMap((training, index) =>
    (offeredAsSession(training) ? [year - 1, year] : []).map((y, round) => {
      const month = ((index * 5 + round * 3) % 11) + 1;
      const day = ((index * 7) % 20) + 1;
      const startDate = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return sessionRow(training, index, startDate, `Angkatan ${round === 0 ? 'I' : 'II'} ${y}`, cities);
    }),
  );
}

/** One session of every training in the coming three to six months, open for registration on the day of seeding,
 *  so the planner always has a calendar to plan on. */
export function demoUpcomingSessions(
  trainings: Training[],
  today: string,
  cities: ProviderCities,
): Partial<TrainingSession>[] {
  return trainings.flatMap((training, index) => {
    if (!offeredAsSession(training)) return [];
    const startDate = addDays(today, 21 + ((index * 9) % 150));
    return [sessionRow(training, index, startDate, `Angkatan III ${startDate.slice(0, 4)}`, cities)];
  });
}
