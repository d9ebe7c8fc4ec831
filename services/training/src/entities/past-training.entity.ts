import { DateScalar } from '@asn/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PastTrainingSource } from '../types/past-training-source.enum.js';
import { PastTrainingStatus } from '../types/past-training-status.enum.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';

/**
 * A completed development activity that did not go through enrolment (an earlier year, another provider, a SIASN
 * migration). Verified ones count toward JP in the year of their end date and as evidence of the competencies the
 * catalog training (when there is one) develops.
 */
@ObjectType({ description: 'A past or external training (riwayat diklat/kursus) recorded without an enrolment.' })
@Entity('past_training')
@Index('IDX_past_training_agency_status', ['agencyId', 'status'])
export class PastTraining {
  @Field(() => ID, { description: 'Stable identifier of the record.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Column({ type: 'int', name: 'training_id', nullable: true })
  trainingId: number | null;

  @Field(() => String, { description: 'Title: the catalog training’s, or as written on the certificate.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => TrainingForm, { description: 'Education, classical or non-classical training.' })
  @Column({ type: 'varchar', length: 20 })
  form: TrainingForm;

  @Field(() => TrainingCategory, { description: 'The kind of programme.' })
  @Column({ type: 'varchar', length: 30 })
  category: TrainingCategory;

  @Field(() => DateScalar, { description: 'First day.' })
  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Last day: the JP count in the calendar year of this date.' })
  @Column({ type: 'date', name: 'end_date' })
  endDate: string;

  @Field(() => Int, { description: 'Jam pelajaran credited.' })
  @Column({ type: 'int' })
  jp: number;

  @Column({ type: 'int', name: 'provider_id', nullable: true })
  providerId: number | null;

  @Field(() => String, { nullable: true, description: 'The organiser as written, when it is not a known provider.' })
  @Column({ type: 'varchar', length: 200, name: 'provider_name', nullable: true })
  providerName: string | null;

  @Field(() => String, { nullable: true, description: 'Certificate (STTPP) number.' })
  @Column({ type: 'varchar', length: 100, name: 'certificate_number', nullable: true })
  certificateNumber: string | null;

  @Field(() => PastTrainingStatus, { description: 'Pending until an administrator verifies the evidence.' })
  @Column({ type: 'varchar', length: 10 })
  status: PastTrainingStatus;

  @Field(() => PastTrainingSource, { description: 'How it was recorded.' })
  @Column({ type: 'varchar', length: 15 })
  source: PastTrainingSource;

  @Field(() => String, { description: 'Who recorded or submitted it (user id).' })
  @Column({ type: 'varchar', length: 100, name: 'recorded_by' })
  recordedBy: string;

  @Field(() => String, { nullable: true, description: 'The administrator who verified the evidence.' })
  @Column({ type: 'varchar', length: 100, name: 'verified_by', nullable: true })
  verifiedBy: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the evidence was verified.' })
  @Column({ type: 'date', name: 'verified_on', nullable: true })
  verifiedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why an administrator rejected it; null unless rejected.' })
  @Column({ type: 'varchar', length: 500, name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;
}
