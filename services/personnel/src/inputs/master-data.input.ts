import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationLevel } from '../rules/education.js';
import type { GolonganCode } from '../rules/golongan.js';
import type { JpmFormula as JpmFormulaValue } from '../rules/jpm.js';
import type {
  FunctionalLevel as FunctionalLevelValue,
  PositionKind as PositionKindValue,
} from '../rules/position-level.js';
import { CompetencyType, type CompetencyTypeValue } from '../types/competency-type.enum.js';
import { Education } from '../types/education.enum.js';
import { Golongan } from '../types/golongan.enum.js';
import { JpmFormula } from '../types/jpm-formula.enum.js';
import { FunctionalLevel, PositionKind } from '../types/position-kind.enum.js';

@InputType({ description: "A competency of the administrator's agency, with its five level descriptors." })
export class CompetencyInput {
  @Field(() => ID, { nullable: true, description: 'The competency to change; absent to add a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'Short code, unique (letters and digits, at most 20).' })
  code: string;

  @Field(() => String, { description: 'Name (at most 150 characters).' })
  name: string;

  @Field(() => CompetencyType, { description: 'Managerial, socio-cultural, technical or government.' })
  type: CompetencyTypeValue;

  @Field(() => String, { description: 'What it is about (at most 500 characters).' })
  definition: string;

  @Field(() => [String], { description: 'Exactly five descriptors, level 1 to 5 (each at most 500 characters).' })
  levels: string[];
}

@InputType({ description: "A position of the administrator's agency." })
export class PositionInput {
  @Field(() => ID, { nullable: true, description: 'The position to change; absent to add a new one.' })
  id?: string | null;

  @Field(() => ID, { description: 'The unit it sits in.' })
  unitId: string;

  @Field(() => String, { description: 'Name (at most 150 characters).' })
  name: string;

  @Field(() => PositionKind, { description: 'Kind of jabatan; the track follows from it.' })
  kind: PositionKindValue;

  @Field(() => FunctionalLevel, {
    nullable: true,
    description: 'Level, for a jabatan fungsional only (required there).',
  })
  functionalLevel?: FunctionalLevelValue | null;

  @Field(() => Golongan, { description: 'Minimum golongan.' })
  minGolongan: GolonganCode;

  @Field(() => Education, { description: 'Minimum education.' })
  minEducation: EducationLevel;

  @Field(() => Int, {
    nullable: true,
    description: 'Batas usia pensiun of the post (50–70); null for the default by kind and level.',
  })
  retirementAge?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Lowest PPPK grade (1–17) to take up the post; null for the default by kind and JF level.',
  })
  minPppkGrade?: number | null;
}

@InputType({ description: "The administrator's agency settings kept by personnel." })
export class AgencySettingsInput {
  @Field(() => JpmFormula, { description: 'The Job Person Match formula.' })
  jpmFormula: JpmFormulaValue;

  @Field(() => Int, { description: 'Years an assessment stays valid (1–10).' })
  assessmentValidityYears: number;

  @Field(() => Int, { description: 'Lowest potential score counted as menengah (1–99, below tinggi).' })
  potentialMenengahFrom: number;

  @Field(() => Int, { description: 'Lowest potential score counted as tinggi (2–100, above menengah).' })
  potentialTinggiFrom: number;

  @Field(() => String, {
    nullable: true,
    description: 'Time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT); absent keeps it.',
  })
  timeZone?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many mentees one mentor guides at once (1–10); absent keeps it.',
  })
  mentorMenteeLimit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Years ahead within which a key position holder is flagged as close to retirement in succession (1–10); absent keeps it.',
  })
  retirementHorizonYears?: number | null;
}

@InputType({ description: 'A personnel master-data row to retire.' })
export class RetirePersonnelRowInput {
  @Field(() => ID, { description: 'The row.' })
  id: string;
}
