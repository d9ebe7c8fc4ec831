import { Agency } from './agency.entity.js';
import { ApiKey } from './api-key.entity.js';
import { Assessment } from './assessment.entity.js';
import { CareerTarget } from './career-target.entity.js';
import { CareerLadderEdge } from './career-ladder-edge.entity.js';
import { CompetencyLevel } from './competency-level.entity.js';
import { CompetencyStandard } from './competency-standard.entity.js';
import { Competency } from './competency.entity.js';
import { DegreeStudyReport } from './degree-study-report.entity.js';
import { DegreeStudy } from './degree-study.entity.js';
import { Employee } from './employee.entity.js';
import { KinerjaMapping } from './kinerja-mapping.entity.js';
import { MentorshipLogEntry } from './mentorship-log-entry.entity.js';
import { MentorshipFocus } from './mentorship-focus.entity.js';
import { Mentorship } from './mentorship.entity.js';
import { EducationHistory } from './education-history.entity.js';
import { PerformanceRating } from './performance-rating.entity.js';
import { PositionHistory } from './position-history.entity.js';
import { Position } from './position.entity.js';
import { RankHistory } from './rank-history.entity.js';
import { Unit } from './unit.entity.js';
import { UserAccount } from './user-account.entity.js';

export const entities = [
  Agency,
  KinerjaMapping,
  Unit,
  Position,
  Competency,
  CompetencyLevel,
  CompetencyStandard,
  Employee,
  Assessment,
  PerformanceRating,
  DegreeStudy,
  DegreeStudyReport,
  RankHistory,
  PositionHistory,
  EducationHistory,
  CareerLadderEdge,
  CareerTarget,
  Mentorship,
  MentorshipFocus,
  MentorshipLogEntry,
  UserAccount,
  ApiKey,
];
