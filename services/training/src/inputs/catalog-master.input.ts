import { Field, ID, InputType, Int } from 'type-graphql';
import { ProviderKind } from '../types/provider-kind.enum.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';

@InputType({ description: 'A competency a training develops, up to a level.' })
export class TrainingCompetencyInput {
  @Field(() => ID, { description: 'The competency (personnel’s dictionary).' })
  competencyId: string;

  @Field(() => Int, { description: 'The highest level (1–5) it develops the competency to.' })
  maxLevel: number;
}

@InputType({ description: "A catalog training of the administrator's agency." })
export class TrainingInput {
  @Field(() => ID, { nullable: true, description: 'The training to change; absent to add a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'Catalog code, unique (letters, digits, _ and -; at most 40).' })
  code: string;

  @Field(() => String, { description: 'Title (at most 200 characters).' })
  title: string;

  @Field(() => String, { description: 'What it covers (at most 1000 characters).' })
  description: string;

  @Field(() => TrainingForm, { description: 'Education, classical or non-classical.' })
  form: TrainingForm;

  @Field(() => TrainingCategory, { description: 'The kind of programme.' })
  category: TrainingCategory;

  @Field(() => Int, { description: 'JP credited on completion (1–2000).' })
  jp: number;

  @Field(() => Int, { description: 'Cost per participant in whole rupiah (0 or more).' })
  costPerParticipant: number;

  @Field(() => ID, { description: 'The provider (not retired).' })
  providerId: string;

  @Field(() => [TrainingCompetencyInput], { description: 'Competencies developed, each once.' })
  competencies: TrainingCompetencyInput[];

  @Field(() => [ID], { description: 'Trainings to complete first (not itself, not retired).' })
  prerequisiteIds: string[];
}

@InputType({ description: "A training provider of the administrator's agency." })
export class ProviderInput {
  @Field(() => ID, { nullable: true, description: 'The provider to change; absent to add a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'Name (at most 200 characters).' })
  name: string;

  @Field(() => ProviderKind, { description: 'What kind of organiser it is.' })
  kind: ProviderKind;
}

@InputType({ description: 'A catalog row to retire: kept where referenced, no longer offered.' })
export class RetireInput {
  @Field(() => ID, { description: 'The row.' })
  id: string;
}

@InputType({ description: "The administrator's agency values for competency development." })
export class JpSettingsInput {
  @Field(() => Int, { description: 'Minimum JP a PNS earns a year (1–200; the national rule is 20).' })
  jpTarget: number;

  @Field(() => Int, { description: 'Maximum JP a PPPK earns a contract year (1–200; the national rule is 24).' })
  pppkJpCap: number;

  @Field(() => Int, { description: 'Lowest post-test score that passes (0–100).' })
  postTestPassScore: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Months after a completed training before its application (L3) rating is due (1–24); absent keeps it.',
  })
  applicationRatingAfterMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months a passed training proposes a re-assessment (1–60); absent keeps it.',
  })
  reassessmentProposalMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days before its end a cooperation agreement is lapsing (1–365); absent keeps it.',
  })
  partnershipLapsingDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months without an activity after which an agreement is unused (1–24); absent keeps it.',
  })
  partnershipUnusedMonths?: number | null;
}
