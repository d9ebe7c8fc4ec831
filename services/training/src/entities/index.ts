import { Notification, OutboxMessage } from '@asn/common';
import { DevelopmentPlanItem } from './development-plan-item.entity.js';
import { DevelopmentPlan } from './development-plan.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { JpSetting } from './jp-setting.entity.js';
import { NeedsSurveyChoice } from './needs-survey-choice.entity.js';
import { NeedsSurveyResponse } from './needs-survey-response.entity.js';
import { NeedsSurvey } from './needs-survey.entity.js';
import { PartnershipActivity } from './partnership-activity.entity.js';
import { Partnership } from './partnership.entity.js';
import { PastTraining } from './past-training.entity.js';
import { PlacementCompetency } from './placement-competency.entity.js';
import { Placement } from './placement.entity.js';
import { Provider } from './provider.entity.js';
import { TrainingBudget } from './training-budget.entity.js';
import { TrainingCompetency } from './training-competency.entity.js';
import { TrainingPrerequisite } from './training-prerequisite.entity.js';
import { TrainingSession } from './training-session.entity.js';
import { Training } from './training.entity.js';
import { UnitSatisfaction } from './unit-satisfaction.entity.js';

/** The tables of the training subgraph. */
export const entities = [
  Provider,
  Training,
  TrainingCompetency,
  TrainingPrerequisite,
  TrainingSession,
  Enrolment,
  DevelopmentPlan,
  DevelopmentPlanItem,
  TrainingBudget,
  JpSetting,
  PastTraining,
  Placement,
  PlacementCompetency,
  Notification,
  OutboxMessage,
  Partnership,
  PartnershipActivity,
  NeedsSurvey,
  NeedsSurveyResponse,
  NeedsSurveyChoice,
  UnitSatisfaction,
];
