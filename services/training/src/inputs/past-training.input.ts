import { DateScalar } from '@asn/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';

@InputType({
  description:
    'A completed training that did not go through enrolment: a catalog training or a free-text title (one of them).',
})
export class PastTrainingInput {
  @Field(() => ID, { description: 'The employee who took it.' })
  employeeId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The catalog training, when it is one (its title, form and category are taken).',
  })
  trainingId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Title as on the certificate, when it is not a catalog training.',
  })
  title?: string | null;

  @Field(() => TrainingForm, { nullable: true, description: 'Form; required without a catalog training.' })
  form?: TrainingForm | null;

  @Field(() => TrainingCategory, { nullable: true, description: 'Category; required without a catalog training.' })
  category?: TrainingCategory | null;

  @Field(() => DateScalar, { description: 'First day (not after the last).' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Last day (not in the future): the JP count in this calendar year.' })
  endDate: string;

  @Field(() => Int, { description: 'Jam pelajaran, 1–2000.' })
  jp: number;

  @Field(() => ID, { nullable: true, description: 'A known provider.' })
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The organiser as written, when it is not a known provider.' })
  providerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Certificate (STTPP) number.' })
  certificateNumber?: string | null;
}

@InputType({ description: 'A past training to verify.' })
export class VerifyPastTrainingInput {
  @Field(() => ID, { description: 'The past training.' })
  pastTrainingId: string;
}

@InputType({ description: 'A submitted past training to reject, with the reason the employee reads.' })
export class RejectPastTrainingInput {
  @Field(() => ID, { description: 'The past training, still pending.' })
  pastTrainingId: string;

  @Field(() => String, { description: 'Why the evidence does not hold, 1-500 characters.' })
  reason: string;
}

@InputType({ description: "One employee's riwayat diklat/kursus, as SIASN exports it, as CSV." })
export class ImportPastTrainingsInput {
  @Field(() => ID, { description: 'The employee the export belongs to (SIASN exports the history per PNS).' })
  employeeId: string;

  @Field(() => String, {
    description:
      'CSV with SIASN riwayat kursus columns: namaKursus, jenisKursus (category), jumlahJam, tanggalKursus, ' +
      'tanggalSelesaiKursus (or tahunKursus), institusiPenyelenggara, nomorSertipikat; dates DD-MM-YYYY or YYYY-MM-DD.',
  })
  csv: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check every row and save nothing (the preview); the rows come back with id 0.',
  })
  dryRun: boolean;
}
