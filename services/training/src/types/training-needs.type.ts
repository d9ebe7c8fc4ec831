import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Competency } from '../external/competency.js';
import { Training } from '../entities/training.entity.js';
import { SurveyDemand } from './survey-demand.type.js';

@ObjectType({ description: 'Levels of one competency a recommended training closes.' })
export class GapClosure {
  @Field(() => Competency, { description: 'The competency.' })
  competency: Competency;

  @Field(() => Int, { description: 'Levels of the unit’s total deficit it closes.' })
  levels: number;
}

@ObjectType({ description: 'A catalog training the needs analysis recommends, in the order it was chosen.' })
export class TrainingRecommendation {
  @Field(() => Int, { description: '1 for the first chosen.' })
  rank: number;

  @Field(() => Training, { description: 'The training.' })
  training: Training;

  @Field(() => Int, { description: 'Members to send: the largest group below the standard among its competencies.' })
  participants: number;

  @Field(() => Int, { description: 'Participants × cost per participant, in rupiah.' })
  cost: number;

  @Field(() => Int, { description: 'Levels of deficit it closes, over its competencies.' })
  gapClosed: number;

  @Field(() => Float, { nullable: true, description: 'Gap closed per million rupiah; null when free.' })
  gapClosedPerMillion: number | null;

  @Field(() => [GapClosure], { description: 'What it closes, per competency.' })
  closes: GapClosure[];
}

@ObjectType({
  description: 'A catalog training developing one gap competency, ranked by levels of that gap closed per rupiah.',
})
export class CompetencyTrainingOption {
  @Field(() => Int, { description: '1 for the best levels closed per rupiah (free trainings first).' })
  rank: number;

  @Field(() => Training, { description: 'The training.' })
  training: Training;

  @Field(() => Int, { description: 'Members below the standard of this competency it lifts.' })
  participants: number;

  // Float: a whole unit sent to a costly course passes Int's 2.1 billion, and the budget does not bound this list.
  @Field(() => Float, { description: 'Participants × cost per participant, in whole rupiah.' })
  cost: number;

  @Field(() => Int, { description: 'Levels of this competency’s deficit it closes.' })
  gapClosed: number;

  @Field(() => Float, { nullable: true, description: 'Levels closed per million rupiah; null when free.' })
  gapClosedPerMillion: number | null;
}

@ObjectType({ description: 'One competency gap of the unit, before and after the recommendations.' })
export class CompetencyNeed {
  @Field(() => Competency, { description: 'The competency.' })
  competency: Competency;

  @Field(() => Int, { description: 'Members below the standard.' })
  employeesBelow: number;

  @Field(() => Int, { description: 'Σ max(0, required − current) over the members.' })
  totalDeficit: number;

  @Field(() => Int, { description: 'Deficit left after the recommended trainings.' })
  remainingDeficit: number;

  @Field(() => Int, { description: 'Members who asked for it in the year’s needs survey (0 when none).' })
  surveyRequests: number;
  @Field(() => [CompetencyTrainingOption], {
    description:
      'Every catalog training developing this competency that closes some of its gap, ranked by levels of this gap closed per rupiah, the budget aside.',
  })
  trainings: CompetencyTrainingOption[];
}

@ObjectType({
  description:
    'Training needs analysis of a unit for a year: catalog trainings ranked by gap closed per rupiah, fitted greedily to the unit’s budget.',
})
export class TrainingNeeds {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'The unit’s training budget for the year (0 when none is set).' })
  budget: number;

  @Field(() => Int, { description: 'Cost of the recommendations.' })
  spent: number;

  @Field(() => Int, { description: 'Budget left.' })
  remainingBudget: number;

  @Field(() => [CompetencyNeed], { description: 'The unit’s gaps, largest deficit first.' })
  needs: CompetencyNeed[];

  @Field(() => [TrainingRecommendation], { description: 'The recommended trainings, in the order chosen.' })
  recommendations: TrainingRecommendation[];

  @Field(() => [SurveyDemand], {
    description: 'What the members and the head asked for in the year’s needs survey, most asked first, gap or not.',
  })
  surveyDemand: SurveyDemand[];
}
