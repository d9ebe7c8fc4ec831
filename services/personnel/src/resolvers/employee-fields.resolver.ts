// Directory fields of an employee: whoever may see the employee may see these.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { Context } from '../context.js';
import { Agency } from '../entities/agency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { authorize } from '../policy.js';
import { golonganOfRank, type GolonganCode } from '../rules/golongan.js';
import { pppkGradeLabel } from '../rules/pppk-grade.js';
import { Golongan } from '../types/golongan.enum.js';

@Resolver(() => Employee)
export class EmployeeFieldsResolver {
  @FieldResolver(() => Golongan, {
    nullable: true,
    description: 'Golongan/ruang of a PNS (the latest rank history entry); null for a PPPK, who holds a grade.',
  })
  golongan(@Root() employee: Employee): GolonganCode | null {
    return employee.employeeType === 'PNS' ? golonganOfRank(employee.golonganRank).code : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Pangkat, derived from the golongan (e.g. Penata Muda for III/a); null for a PPPK.',
  })
  pangkat(@Root() employee: Employee): string | null {
    return employee.employeeType === 'PNS' ? golonganOfRank(employee.golonganRank).pangkat : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'PPPK grade I-XVII (Perpres 98/2020) of a PPPK; null for a PNS.',
  })
  pppkGrade(@Root() employee: Employee): string | null {
    return employee.employeeType === 'PPPK' ? pppkGradeLabel(employee.golonganRank) : null;
  }

  @FieldResolver(() => DateScalar, { description: 'Date the employee took up the current position.' })
  positionSince(@Root() employee: Employee): string {
    return employee.positionSince;
  }

  @FieldResolver(() => Position, { description: 'Current position (jabatan).' })
  async position(@Root() employee: Employee, @Ctx() { loaders }: Context): Promise<Position> {
    return (await loaders.positionsById.load(employee.positionId))!;
  }

  @FieldResolver(() => Unit, { description: 'Unit the employee works in.' })
  async unit(@Root() employee: Employee, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitsById.load(employee.unitId))!;
  }

  @FieldResolver(() => Agency, { description: 'Agency the employee works for.' })
  async agency(@Root() employee: Employee, @Ctx() { loaders }: Context): Promise<Agency> {
    return (await loaders.agenciesById.load(employee.agencyId))!;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Direct manager (atasan langsung).' })
  async manager(@Root() employee: Employee, @Ctx() { loaders, identity }: Context): Promise<Employee | null> {
    if (employee.managerId === null) return null;
    const manager = await loaders.employeesById.load(employee.managerId);
    if (manager) authorize(identity, { action: 'employee.read', employee: manager });
    return manager;
  }
}
