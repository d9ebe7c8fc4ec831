import { CreateOrganisation1764000000000 } from './1764000000000-create-organisation.js';
import { CreateCompetency1764000000001 } from './1764000000001-create-competency.js';
import { CreateEmployee1764000000002 } from './1764000000002-create-employee.js';
import { CreateAccess1764000000003 } from './1764000000003-create-access.js';
import { IndexEmployeeAgencyName1764600000000 } from './1764600000000-index-employee-agency-name.js';

/** In the order they run. */
export const migrations = [
  CreateOrganisation1764000000000,
  CreateCompetency1764000000001,
  CreateEmployee1764000000002,
  CreateAccess1764000000003,
  IndexEmployeeAgencyName1764600000000,
];
