import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@asn/common';
import type {
  DegreeFunding as FundingValue,
  DegreeLevel as LevelValue,
  DegreeStudyStatus as StatusValue,
} from '../rules/degree-study.js';
import type { DegreeStudyKind as KindValue } from '../rules/service-bond.js';
import { DegreeFunding, DegreeLevel, DegreeStudyKind, DegreeStudyStatus } from '../types/degree-study.enums.js';

@ObjectType({
  description: 'A degree study (tugas belajar or izin belajar): applied for, approved, studied, graduated.',
})
@Entity('degree_study')
export class DegreeStudy {
  @Field(() => ID, { description: 'Stable identifier of the study.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => DegreeStudyKind, { description: 'Tugas belajar or izin belajar.' })
  @Column({ type: 'varchar', length: 20 })
  kind: KindValue;

  @Field(() => DegreeLevel, { description: 'The degree studied for.' })
  @Column({ type: 'varchar', length: 5 })
  level: LevelValue;

  @Field(() => String, { description: 'Study programme (program studi), e.g. Magister Administrasi Publik.' })
  @Column({ type: 'varchar', length: 150 })
  programme: string;

  @Field(() => String, { description: 'The university or institute.' })
  @Column({ type: 'varchar', length: 150 })
  institution: string;

  @Field(() => DegreeFunding, { description: 'Who pays.' })
  @Column({ type: 'varchar', length: 20 })
  funding: FundingValue;

  @Field(() => DateScalar, { description: 'First day of study.' })
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Expected last day of study.' })
  @Column({ type: 'date', name: 'expected_end_on' })
  expectedEndOn: string;

  @Field(() => DegreeStudyStatus, { description: 'Where the study stands.' })
  @Column({ type: 'varchar', length: 20 })
  status: StatusValue;

  @Field(() => DateScalar, { description: 'The day the employee applied.' })
  @Column({ type: 'date', name: 'applied_on' })
  appliedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the manager approved; null before.' })
  @Column({ type: 'date', name: 'manager_approved_on', nullable: true })
  managerApprovedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day an administrator granted the study; null before.' })
  @Column({ type: 'date', name: 'approved_on', nullable: true })
  approvedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused; null unless REJECTED.' })
  @Column({ type: 'varchar', length: 500, name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Graduation day; null before.' })
  @Column({ type: 'date', name: 'graduated_on', nullable: true })
  graduatedOn: string | null;
}
