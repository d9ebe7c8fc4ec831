import { decimalTransformer } from '@asn/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EducationLevel } from '../rules/education.js';
import type { PerformancePredikat } from '../rules/talent-box.js';
import { Education } from '../types/education.enum.js';
import { EmployeeType, type EmployeeTypeValue } from '../types/employee-type.enum.js';

/**
 * Only the directory fields are @Field here; personal ones (nip and what it encodes, ratings) are field resolvers
 * in employee-personal.resolver.ts, which check the policy first.
 */
@Directive('@key(fields: "id")')
@Directive('@key(fields: "nip")')
// Column fields have no middleware: graphql-js reads them itself (simpleResolvers), not through a wrapper per field
// (a team matrix reads them for 1,000 employees); the personal fields stay field resolvers with their checks.
@ObjectType({ description: 'A civil servant (PNS) or contract employee (PPPK) of an agency.', simpleResolvers: true })
@Entity('employee')
@Index(['nip'], { unique: true })
@Index(['agencyId', 'nip'])
// The NAME sort of an agency's employees pages from this index (migration 1764600000000).
@Index(['agencyId', 'name'])
// The GOLONGAN sort's keyset (migration 1765500000001).
@Index(['agencyId', 'golonganRank'])
// Every agency's employees by name (migration 1765500000002).
@Index(['name'])
export class Employee {
  @Field(() => ID, { description: 'Stable identifier of the employee in this graph.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  nip: string;

  @Field(() => String, { description: 'Full name with academic titles.' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field(() => EmployeeType, { description: 'PNS or PPPK.' })
  @Column({ type: 'varchar', length: 4, name: 'employee_type' })
  employeeType: EmployeeTypeValue;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'unit_id' })
  unitId: number;

  @Index()
  @Column({ type: 'int', name: 'position_id' })
  positionId: number;

  @Index()
  @Column({ type: 'int', name: 'manager_id', nullable: true })
  managerId: number | null;

  /** Rank 1-17 (exposed as `golongan` and `pangkat`): stored as a number because golongan are compared. */
  @Column({ type: 'int', name: 'golongan_rank' })
  golonganRank: number;

  @Field(() => Education, { description: 'Highest formal education.' })
  @Column({ type: 'varchar', length: 5 })
  education: EducationLevel;

  @Column({ type: 'date', name: 'position_since' })
  positionSince: string;

  @Column({ type: 'varchar', length: 20, name: 'performance_predikat', nullable: true })
  performancePredikat: PerformancePredikat | null;

  /** 0.00-100.00; banded as stored, never rounded (rules/talent-box.ts). */
  @Column({
    type: 'decimal',
    precision: 5,
    scale: 2,
    name: 'potential_score',
    nullable: true,
    transformer: decimalTransformer,
  })
  potentialScore: number | null;

  @Field(() => Int, { description: 'Row version for optimistic locking: pass it back to updateEmployee.' })
  @Column({ type: 'int' })
  version: number;
}
