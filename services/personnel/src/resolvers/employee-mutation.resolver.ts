import { auditedWrite, inTransaction } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { invalid, parseId, versionConflict } from '../errors.js';
import { CreateEmployeeInput, UpdateEmployeeInput } from '../inputs/employee.input.js';
import { authorize } from '../policy.js';
import { golonganOfRank, golonganRank } from '../rules/golongan.js';
import { optionalId, validateEmployee, type EmployeeValues } from '../services/employee-validation.service.js';

/** What decides someone's standing (talent box, readiness, career moves): nobody sets their own. */
const SELF_DECISION_FIELDS = {
  performancePredikat: true,
  potentialScore: true,
  golonganRank: true,
  education: true,
  positionId: true,
  positionSince: true,
  unitId: true,
  managerId: true,
} satisfies Partial<Record<keyof EmployeeValues, true>>;

/**
 * The current golongan, post, predikat and education are the latest history entries (docs/domain.md): an update
 * that would change one is refused and names the history mutation that records it, since each entry needs facts
 * this input does not carry (a rank's TMT and decree, a rating's year and rater, a post's dates, a school).
 */
const HISTORY_OWNED = {
  golongan: 'recordRank',
  performancePredikat: 'recordPerformanceRating',
  education: 'recordEducation',
  positionId: 'recordPosition',
  unitId: 'recordPosition',
  positionSince: 'recordPosition',
} as const satisfies Partial<Record<keyof UpdateEmployeeInput, string>>;

function refuseHistoryOwned(context: Context, input: UpdateEmployeeInput, existing: Employee): void {
  const current: Record<keyof typeof HISTORY_OWNED, unknown> = {
    golongan: existing.employeeType === 'PNS' ? golonganOfRank(existing.golonganRank).code : null,
    performancePredikat: existing.performancePredikat,
    education: existing.education,
    positionId: String(existing.positionId),
    unitId: String(existing.unitId),
    positionSince: existing.positionSince,
  };
  for (const [field, mutation] of Object.entries(HISTORY_OWNED) as [keyof typeof HISTORY_OWNED, string][]) {
    // Sending the current value back (a form that posts every field) is not a change.
    if (input[field] !== undefined && input[field] !== current[field]) {
      // Nobody decides their own standing: that refusal comes first, whichever way the change is made.
      authorize(context.identity, { action: 'employee.decide', employee: existing });
      throw invalid(`input.${field}`, 'HISTORY_OWNED_FIELD', { mutation });
    }
  }
}

@Resolver(() => Employee)
export class EmployeeMutationResolver {
  @Mutation(() => Employee, { description: 'Registers an employee (admins of the agency).' })
  async createEmployee(
    @Arg('input', () => CreateEmployeeInput) input: CreateEmployeeInput,
    @Ctx() context: Context,
  ): Promise<Employee> {
    const unit = await context.loaders.unitsById.load(parseId(input.unitId, 'input.unitId'));
    if (!unit) throw invalid('input.unitId', 'UNIT_NOT_FOUND');
    authorize(context.identity, { action: 'employee.write', agencyId: unit.agencyId });
    const values = await validateEmployee(
      context,
      {
        nip: input.nip,
        name: input.name,
        employeeType: input.employeeType,
        agencyId: unit.agencyId,
        unitId: unit.id,
        positionId: parseId(input.positionId, 'input.positionId'),
        managerId: optionalId(input.managerId, 'input.managerId') ?? null,
        golonganRank: golonganRank(input.golongan),
        education: input.education,
        positionSince: input.positionSince,
        performancePredikat: input.performancePredikat ?? null,
        potentialScore: input.potentialScore ?? null,
      },
      null,
    );
    return inTransaction(context.dataSource, async (manager) => {
      const { identifiers } = await manager.getRepository(Employee).insert({ ...values, version: 1 });
      return manager.getRepository(Employee).findOneByOrFail({ id: Number(identifiers[0]!.id) });
    });
  }

  @Mutation(() => Employee, { description: 'Changes an employee, if the version given is still current.' })
  async updateEmployee(
    @Arg('input', () => UpdateEmployeeInput) input: UpdateEmployeeInput,
    @Ctx() context: Context,
  ): Promise<Employee> {
    const existing = await context.loaders.employeesById.load(parseId(input.id, 'input.id'));
    if (!existing) throw invalid('input.id', 'EMPLOYEE_NOT_FOUND');
    authorize(context.identity, { action: 'employee.write', agencyId: existing.agencyId });
    if (existing.version !== input.version) throw versionConflict('input.version');
    refuseHistoryOwned(context, input, existing);
    const managerId = optionalId(input.managerId, 'input.managerId');
    const changed: EmployeeValues = {
      nip: input.nip ?? existing.nip,
      name: input.name ?? existing.name,
      employeeType: input.employeeType ?? existing.employeeType,
      agencyId: existing.agencyId,
      unitId: existing.unitId,
      positionId: existing.positionId,
      managerId: managerId === undefined ? existing.managerId : managerId,
      golonganRank: existing.golonganRank,
      education: existing.education,
      positionSince: existing.positionSince,
      performancePredikat: existing.performancePredikat,
      potentialScore: input.potentialScore === undefined ? existing.potentialScore : input.potentialScore,
    };
    const decided = (Object.keys(SELF_DECISION_FIELDS) as (keyof typeof SELF_DECISION_FIELDS)[]).filter(
      (key) => changed[key] !== existing[key],
    );
    if (decided.length > 0) authorize(context.identity, { action: 'employee.decide', employee: existing });
    const values = await validateEmployee(context, changed, existing.id);
    return inTransaction(context.dataSource, async (manager) => {
      const repository = manager.getRepository(Employee);
      // The version in the WHERE closes the race between the check above and this write.
      const where = { id: existing.id, version: input.version };
      const result = await auditedWrite(manager, Employee, where, () =>
        repository.update(where, { ...values, version: input.version + 1 }),
      );
      if (result.affected === 0) throw versionConflict('input.version');
      return repository.findOneByOrFail({ id: existing.id });
    });
  }
}
