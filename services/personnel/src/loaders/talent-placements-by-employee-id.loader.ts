// Each employee's talent 9-box placement by their agency's predikat mapping and potential cut-offs (rules in
// talent-box.ts): Employee.talentBox, the team matrix and the talent grid.
import { loadAll } from '@asn/common';
import DataLoader from 'dataloader';
import type { Agency } from '../entities/agency.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { KinerjaMapping } from '../entities/kinerja-mapping.entity.js';
import { placeTalent, type TalentPlacement } from '../rules/talent-box.js';

interface Needed {
  employeesById: DataLoader<number, Employee | null>;
  agenciesById: DataLoader<number, Agency | null>;
  kinerjaMappingsByAgencyId: DataLoader<number, KinerjaMapping[]>;
}

export function createTalentPlacementsByEmployeeIdLoader(loaders: Needed) {
  return new DataLoader<number, TalentPlacement | null>(async (employeeIds) => {
    const employees = await loadAll(loaders.employeesById, employeeIds);
    const agencyIds = [...new Set(employees.flatMap((employee) => (employee ? [employee.agencyId] : [])))];
    const [agencies, mappings] = await Promise.all([
      loadAll(loaders.agenciesById, agencyIds),
      loadAll(loaders.kinerjaMappingsByAgencyId, agencyIds),
    ]);
    const settingsOf = new Map(
      agencyIds.map((agencyId, index) => [
        agencyId,
        {
          agency: agencies[index],
          kinerjaOf: new Map(mappings[index]!.map((row) => [row.predikat, row.kinerja] as const)),
        },
      ]),
    );
    return employees.map((employee) => {
      const settings = employee && settingsOf.get(employee.agencyId);
      if (!employee || !settings?.agency) return null;
      return placeTalent(employee.performancePredikat, employee.potentialScore, settings.kinerjaOf, {
        menengahFrom: settings.agency.potentialMenengahFrom,
        tinggiFrom: settings.agency.potentialTinggiFrom,
      });
    });
  });
}
