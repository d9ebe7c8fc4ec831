import { CreateOrganisation1764000000000 } from './1764000000000-create-organisation.js';
import { CreateCompetency1764000000001 } from './1764000000001-create-competency.js';
import { CreateEmployee1764000000002 } from './1764000000002-create-employee.js';
import { CreateAccess1764000000003 } from './1764000000003-create-access.js';
import { CreateHistories1764000000004 } from './1764000000004-create-histories.js';
import { AddAgencyTimeZone1764600000000 } from './1764600000000-add-agency-time-zone.js';
import { DecimalPotentialScore1764600000001 } from './1764600000001-decimal-potential-score.js';
import { IndexEmployeeAgencyName1764700000000 } from './1764700000000-index-employee-agency-name.js';
import { KeepMasterData1764900000000 } from './1764900000000-keep-master-data.js';
import { CreateDegreeStudy1765700000000 } from './1765700000000-create-degree-study.js';
import { IndexEmployeeAgencyGolongan1765500000001 } from './1765500000001-index-employee-agency-golongan.js';
import { IndexEmployeeName1765500000002 } from './1765500000002-index-employee-name.js';
import { MentorshipLog1765800000000 } from './1765800000000-mentorship-log.js';
import { CreateCareerTarget1765400000000 } from './1765400000000-create-career-target.js';
import { ApiKeyCreatedBy1766000000000 } from './1766000000000-api-key-created-by.js';
import { AgencyRetirementHorizon1768000000000 } from './1768000000000-agency-retirement-horizon.js';
import { PositionMinPppkGrade1769300000000 } from './1769300000000-position-min-pppk-grade.js';

/** In the order they run. */
export const migrations = [
  CreateOrganisation1764000000000,
  CreateCompetency1764000000001,
  CreateEmployee1764000000002,
  CreateAccess1764000000003,
  CreateHistories1764000000004,
  AddAgencyTimeZone1764600000000,
  DecimalPotentialScore1764600000001,
  IndexEmployeeAgencyName1764700000000,
  KeepMasterData1764900000000,
  CreateDegreeStudy1765700000000,
  CreateCareerTarget1765400000000,
  IndexEmployeeAgencyGolongan1765500000001,
  IndexEmployeeName1765500000002,
  MentorshipLog1765800000000,
  ApiKeyCreatedBy1766000000000,
  AgencyRetirementHorizon1768000000000,
  PositionMinPppkGrade1769300000000,
];
