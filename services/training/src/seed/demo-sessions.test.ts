import { describe, expect, it } from 'vitest';
import type { Training } from '../entities/training.entity.js';
import { SessionMode } from '../types/session-mode.enum.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { DEMO_PROVIDERS, DEMO_TRAININGS } from './demo-catalog.js';
import { demoSessions, demoUpcomingSessions } from './demo-sessions.js';

// The catalog as the seed saves it: ids in order, providers by their 1-based index.
const trainings = DEMO_TRAININGS.map(
  ([code, title, form, category, jp, , provider], index) =>
    ({ id: index + 1, code, title, form, category, jp, providerId: provider }) as Training,
);
const cities = new Map(trainings.map((t) => [t.id, DEMO_PROVIDERS[t.providerId - 1]!.city]));
const sessions = [...demoSessions(trainings, 2026, cities), ...demoUpcomingSessions(trainings, '2026-12-01', cities)];
const trainingOf = (id: number) => trainings.find((t) => t.id === id)!;

describe('demo sessions', () => {
  it('are held in their provider’s city: a Universitas Pattimura internship in Ambon, an LKPP course in Jakarta', () => {
    for (const session of sessions.filter((s) => s.mode !== SessionMode.ONLINE)) {
      const city = cities.get(session.trainingId!);
      if (city) expect(session.location, trainingOf(session.trainingId!).code).toBe(city);
      else expect(['Ambon', 'Mamuju', 'Pematangsiantar', 'Sabang']).toContain(session.location);
    }
    const pattimura = DEMO_PROVIDERS.findIndex((p) => p.name === 'Universitas Pattimura') + 1;
    const internship = trainings.find((t) => t.providerId === pattimura && t.category === TrainingCategory.INTERNSHIP);
    expect(sessions.filter((s) => s.trainingId === internship!.id).map((s) => s.location)).toEqual([
      'Ambon',
      'Ambon',
      'Ambon',
    ]);
  });

  it('never puts a workplace activity online, and every online session is "Daring"', () => {
    const inPerson: string[] = [
      TrainingCategory.INTERNSHIP,
      TrainingCategory.BENCHMARKING,
      TrainingCategory.SECONDMENT,
    ];
    for (const session of sessions) {
      const training = trainingOf(session.trainingId!);
      if (inPerson.includes(training.category)) expect(session.mode, training.code).toBe(SessionMode.OFFLINE);
      if (session.mode === SessionMode.ONLINE) expect(session.location).toBe('Daring');
    }
  });

  it('run every training but a degree, which is studied through degree study (docs/domain.md)', () => {
    const withSessions = new Set(sessions.map((s) => s.trainingId));
    const degrees = trainings.filter((t) => t.category === TrainingCategory.DEGREE);
    expect(degrees.map((t) => t.code)).toContain('S2-KESMAS');
    for (const training of trainings) {
      expect(withSessions.has(training.id), training.code).toBe(training.category !== TrainingCategory.DEGREE);
    }
    expect(sessions).toHaveLength((trainings.length - degrees.length) * 3);
  });
});
