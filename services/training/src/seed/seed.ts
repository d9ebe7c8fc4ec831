// Idempotent demo data: seeded only into an empty catalog, deterministic for a given "today".
import { inTransaction, writeNotifications, type Logger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { JpSetting } from '../entities/jp-setting.entity.js';
import { PlacementCompetency } from '../entities/placement-competency.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { NeedsSurveyChoice } from '../entities/needs-survey-choice.entity.js';
import { NeedsSurveyResponse } from '../entities/needs-survey-response.entity.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { PartnershipActivity } from '../entities/partnership-activity.entity.js';
import { Partnership } from '../entities/partnership.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { UnitSatisfaction } from '../entities/unit-satisfaction.entity.js';
import { TrainingCompetency } from '../entities/training-competency.entity.js';
import { TrainingPrerequisite } from '../entities/training-prerequisite.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { DEMO_PREREQUISITES, DEMO_PROVIDERS, DEMO_TRAININGS } from './demo-catalog.js';
import { demoEnrolments } from './demo-enrolments.js';
import { demoNotifications } from './demo-notifications.js';
import { NOTIFICATION_SOURCE } from '../services/notification.service.js';
import { demoNeedsSurveys } from './demo-needs-surveys.js';
import { demoPartnerships } from './demo-partnerships.js';
import { demoPlacements } from './demo-placements.js';
import { demoBudgets, demoPlans, demoSatisfaction } from './demo-plans.js';
import { addDays, demoSessions, demoUpcomingSessions } from './demo-sessions.js';

export async function seedTraining(dataSource: DataSource, logger: Logger, today: string): Promise<void> {
  if ((await dataSource.getRepository(Training).count()) > 0) return;
  const year = Number(today.slice(0, 4));
  await inTransaction(dataSource, async (manager) => {
    const providers = await manager
      .getRepository(Provider)
      .save(DEMO_PROVIDERS.map(({ name, kind }) => manager.create(Provider, { name, kind })));
    const trainings = await manager.getRepository(Training).save(
      DEMO_TRAININGS.map(([code, title, form, category, jp, cost, provider]) =>
        manager.create(Training, {
          code,
          title,
          form,
          category,
          jp,
          costPerParticipant: cost,
          providerId: providers[provider - 1]!.id,
          agencyId: null,
          description: `${title}: program pengembangan kompetensi ASN.`,
        }),
      ),
    );
    const byCode = new Map(trainings.map((t) => [t.code, t]));
    const cities = new Map(
      trainings.map((t) => [t.id, DEMO_PROVIDERS[providers.findIndex((p) => p.id === t.providerId)]!.city]),
    );
    await manager
      .getRepository(TrainingCompetency)
      .save(
        DEMO_TRAININGS.flatMap(([code, , , , , , , competencies]) =>
          competencies.map(([competencyId, maxLevel]) =>
            manager.create(TrainingCompetency, { trainingId: byCode.get(code)!.id, competencyId, maxLevel }),
          ),
        ),
      );
    await manager.getRepository(TrainingPrerequisite).save(
      DEMO_PREREQUISITES.map(([code, first]) =>
        manager.create(TrainingPrerequisite, {
          trainingId: byCode.get(code)!.id,
          prerequisiteId: byCode.get(first)!.id,
        }),
      ),
    );
    const sessions = await manager
      .getRepository(TrainingSession)
      .save(demoSessions(trainings, year, cities).map((s) => manager.create(TrainingSession, s)));
    const enrolments = demoEnrolments(sessions, new Map(trainings.map((t) => [t.id, t])), today);
    const savedEnrolments = await manager.getRepository(Enrolment).save(
      enrolments.map((e) => manager.create(Enrolment, e)),
      { chunk: 200 },
    );
    await writeNotifications(
      manager,
      NOTIFICATION_SOURCE,
      demoNotifications(
        savedEnrolments,
        new Map(trainings.map((t) => [t.id, t])),
        new Map(sessions.map((s) => [s.id, s])),
      ),
      new Date(`${today}T00:00:00Z`),
    );
    // The seat counters the enrolments above took.
    await manager.getRepository(TrainingSession).save(sessions, { chunk: 200 });
    await manager
      .getRepository(TrainingSession)
      .save(demoUpcomingSessions(trainings, today, cities).map((s) => manager.create(TrainingSession, s)));
    const plans = await manager
      .getRepository(DevelopmentPlan)
      .save(demoPlans(year).map((p) => manager.create(DevelopmentPlan, p.plan)));
    await manager.getRepository(DevelopmentPlanItem).save(
      demoPlans(year).flatMap((p, i) =>
        p.codes.map((code) =>
          manager.create(DevelopmentPlanItem, {
            planId: plans[i]!.id,
            trainingId: byCode.get(code)!.id,
            sessionId: null,
          }),
        ),
      ),
    );
    await manager.getRepository(TrainingBudget).save(demoBudgets(year).map((b) => manager.create(TrainingBudget, b)));
    await manager
      .getRepository(UnitSatisfaction)
      .save(demoSatisfaction(year).map((row) => manager.create(UnitSatisfaction, row)));
    const placements = demoPlacements(today);
    const savedPlacements = await manager
      .getRepository(Placement)
      .save(placements.map((row) => manager.create(Placement, row.placement)));
    await manager
      .getRepository(PlacementCompetency)
      .save(
        placements.flatMap((row, index) =>
          row.competencies.map((line) =>
            manager.create(PlacementCompetency, { ...line, placementId: savedPlacements[index]!.id }),
          ),
        ),
      );
    const partnerships = demoPartnerships(today);
    const savedPartnerships = await manager.getRepository(Partnership).save(
      partnerships.map(({ partnership: { providerName, ...row } }) =>
        manager.create(Partnership, {
          ...row,
          providerId: providers.find((p) => p.name === providerName)?.id ?? null,
        }),
      ),
    );
    await manager.getRepository(PartnershipActivity).save(
      partnerships.flatMap((row, index) =>
        row.activities.map(({ placementIndex, ...activity }) =>
          manager.create(PartnershipActivity, {
            ...activity,
            partnershipId: savedPartnerships[index]!.id,
            placementId: placementIndex === undefined ? null : savedPlacements[placementIndex]!.id,
          }),
        ),
      ),
    );
    for (const { survey, answers } of demoNeedsSurveys(today)) {
      const saved = await manager.getRepository(NeedsSurvey).save(manager.create(NeedsSurvey, survey));
      const responses = await manager.getRepository(NeedsSurveyResponse).save(
        answers.map(({ employeeId, source, forms, note }) =>
          manager.create(NeedsSurveyResponse, {
            surveyId: saved.id,
            employeeId,
            source,
            forms: forms.join(','),
            note,
            submittedOn: addDays(today, -10),
          }),
        ),
      );
      await manager
        .getRepository(NeedsSurveyChoice)
        .save(
          answers.flatMap((answer, index) =>
            answer.competencyIds.map((competencyId) =>
              manager.create(NeedsSurveyChoice, { responseId: responses[index]!.id, competencyId }),
            ),
          ),
        );
    }
    // Sabang keeps its own row (same values, its own decision as source) to show settings are per agency.
    await manager.getRepository(JpSetting).save(
      manager.create(JpSetting, {
        agencyId: 4,
        jpTarget: 20,
        pppkJpCap: 24,
        postTestPassScore: 75,
        source: 'Keputusan Wali Kota Sabang (demo): nilai lulus 75',
      }),
    );
  });
  logger.info('training demo data seeded');
}
