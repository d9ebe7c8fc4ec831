import { CreateTrainingSchema1764000000000 } from './1764000000000-create-training-schema.js';
import { InsertJpDefaults1764000000001 } from './1764000000001-insert-jp-defaults.js';
import { CreatePastTraining1764900000000 } from './1764900000000-create-past-training.js';
import { PastTrainingRejection1766200000000 } from './1766200000000-past-training-rejection.js';
import { AddFollowUpDecision1766400000000 } from './1766400000000-add-follow-up-decision.js';
import { CreatePlacement1766600000000 } from './1766600000000-create-placement.js';
import { CreateNotification1768200000000 } from './1768200000000-create-notification.js';
import { CreatePartnership1768300000000 } from './1768300000000-create-partnership.js';
import { CreateNeedsSurvey1768300000001 } from './1768300000001-create-needs-survey.js';
import { CreateUnitSatisfaction1768400000000 } from './1768400000000-create-unit-satisfaction.js';
import { AddEvaluationDelays1768600000000 } from './1768600000000-add-evaluation-delays.js';
import { AddPartnershipWindows1769200000000 } from './1769200000000-add-partnership-windows.js';
import { AddEnrolmentRequestKey1769300000000 } from './1769300000000-add-enrolment-request-key.js';

/** In the order they run. */
export const migrations = [
  CreateTrainingSchema1764000000000,
  InsertJpDefaults1764000000001,
  CreatePastTraining1764900000000,
  PastTrainingRejection1766200000000,
  AddFollowUpDecision1766400000000,
  CreatePlacement1766600000000,
  CreateNotification1768200000000,
  CreatePartnership1768300000000,
  CreateNeedsSurvey1768300000001,
  CreateUnitSatisfaction1768400000000,
  AddEvaluationDelays1768600000000,
  AddPartnershipWindows1769200000000,
  AddEnrolmentRequestKey1769300000000,
];
