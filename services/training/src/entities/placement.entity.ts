import { DateScalar } from '@asn/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type {
  HostAssessment as AssessmentValue,
  PlacementKind as KindValue,
  PlacementStatus as StatusValue,
} from '../rules/placement.js';
import { HostAssessment, PlacementKind, PlacementStatus } from '../types/placement.enums.js';

@ObjectType({
  description: 'An internship (magang) or secondment (detasering) at a host organisation, with its closing report.',
})
@Entity('placement')
export class Placement {
  @Field(() => ID, { description: 'Stable identifier of the placement.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Field(() => PlacementKind, { description: 'Magang or detasering.' })
  @Column({ type: 'varchar', length: 12 })
  kind: KindValue;

  @Field(() => String, { description: 'The host organisation (another agency, a hospital, a company, a university).' })
  @Column({ type: 'varchar', length: 200, name: 'host_organisation' })
  hostOrganisation: string;

  @Field(() => String, { description: 'The supervisor at the host.' })
  @Column({ type: 'varchar', length: 150, name: 'supervisor_name' })
  supervisorName: string;

  @Field(() => String, { nullable: true, description: 'How to reach the supervisor (telephone or e-mail).' })
  @Column({ type: 'varchar', length: 150, name: 'supervisor_contact', nullable: true })
  supervisorContact: string | null;

  @Field(() => DateScalar, { description: 'First day at the host.' })
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day at the host: the JP count in the calendar year of this date.' })
  @Column({ type: 'date', name: 'ends_on' })
  endsOn: string;

  @Field(() => Int, { description: 'Jam pelajaran the placement credits once completed.' })
  @Column({ type: 'int' })
  jp: number;

  @Field(() => String, { description: 'What the employee is to learn or do there.' })
  @Column({ type: 'varchar', length: 1000 })
  goals: string;

  @Field(() => PlacementStatus, { description: 'Where the placement stands.' })
  @Column({ type: 'varchar', length: 12 })
  status: StatusValue;

  @Field(() => DateScalar, { description: 'The day it was proposed.' })
  @Column({ type: 'date', name: 'proposed_on' })
  proposedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was approved or rejected; null before.' })
  @Column({ type: 'date', name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused; null unless REJECTED.' })
  @Column({ type: 'varchar', length: 500, name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'The closing report: what was done and learned.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  report: string | null;

  @Field(() => HostAssessment, { nullable: true, description: 'The host supervisor’s judgement; null before.' })
  @Column({ type: 'varchar', length: 12, name: 'host_assessment', nullable: true })
  hostAssessment: AssessmentValue | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the closing report was recorded; null before.' })
  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn: string | null;
}
