import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { EducationLevel } from '../rules/education.js';
import type { GolonganCode } from '../rules/golongan.js';
import type { PerformancePredikat as PredikatValue } from '../rules/talent-box.js';
import { Education } from '../types/education.enum.js';
import { Golongan } from '../types/golongan.enum.js';
import { HistoryKind } from '../types/history-kind.enum.js';
import type { HistoryKind as HistoryKindValue } from '../rules/history-csv.js';
import { PerformancePredikat } from '../types/talent.enums.js';

@InputType({ description: "One year's performance predikat of an employee." })
export class RecordPerformanceRatingInput {
  @Field(() => ID, { description: 'The employee rated.' })
  employeeId: string;

  @Field(() => Int, { description: 'The year rated; one predikat per year, not a future year.' })
  year: number;

  @Field(() => PerformancePredikat, { description: 'The predikat.' })
  predikat: PredikatValue;

  @Field(() => String, { description: 'Who set it (the appraising official), at most 150 characters.' })
  ratedBy: string;
}

@InputType({ description: 'A rank granted by decree: a golongan for a PNS, a grade for a PPPK.' })
export class RecordRankInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => Golongan, { nullable: true, description: 'The golongan (PNS only).' })
  golongan?: GolonganCode | null;

  @Field(() => Int, { nullable: true, description: 'The PPPK grade 1-17 (PPPK only).' })
  pppkGrade?: number | null;

  @Field(() => DateScalar, { description: 'TMT; not after today nor before the first appointment.' })
  tmt: string;

  @Field(() => String, { description: 'Number of the decree (SK), at most 100 characters.' })
  decreeNumber: string;
}

@InputType({ description: 'A position held (riwayat jabatan); without toDate it becomes the current post.' })
export class RecordPositionInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => ID, { description: 'The position, of the employee’s agency.' })
  positionId: string;

  @Field(() => ID, { nullable: true, description: 'The unit; defaults to the position’s unit.' })
  unitId?: string | null;

  @Field(() => DateScalar, { description: 'Date taken up; not after today.' })
  fromDate: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date it ended, for an earlier post; omit for a new post.' })
  toDate?: string | null;
}

@InputType({ description: 'A completed formal education (riwayat pendidikan).' })
export class RecordEducationInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId: string;

  @Field(() => Education, { description: 'Level completed; one entry per level.' })
  level: EducationLevel;

  @Field(() => String, { description: 'Field of study, at most 150 characters.' })
  field: string;

  @Field(() => String, { description: 'Institution, at most 150 characters.' })
  institution: string;

  @Field(() => Int, { description: 'Year of graduation; not a future year.' })
  year: number;
}

@InputType({ description: 'A CSV of one kind of history entries, each row recorded as its one-at-a-time mutation.' })
export class ImportHistoriesInput {
  @Field(() => HistoryKind, { description: 'Which history the file holds; its columns are listed on HistoryKind.' })
  kind: HistoryKindValue;

  @Field(() => String, { description: 'The CSV text with its header line; comma or semicolon separated.' })
  csv: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check every row as an import would, report the same problems, and save nothing (the preview).',
  })
  dryRun: boolean;
}
