import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { EducationHistory } from '../entities/education-history.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';
import {
  ImportHistoriesInput,
  RecordEducationInput,
  RecordPerformanceRatingInput,
  RecordPositionInput,
  RecordRankInput,
} from '../inputs/history.input.js';
import { importHistories } from '../services/history-import.service.js';
import { recordEducation, recordPerformanceRating, recordPosition, recordRank } from '../services/history.service.js';
import { HistoryImportResult } from '../types/history-import-result.type.js';

/** Administrators of the employee's agency record history one entry at a time; the employee record follows. */
@Resolver()
export class HistoryMutationResolver {
  @Mutation(() => PerformanceRating, {
    description: "Records a year's predikat; the latest year's becomes the employee's performancePredikat.",
  })
  recordPerformanceRating(
    @Arg('input', () => RecordPerformanceRatingInput) input: RecordPerformanceRatingInput,
    @Ctx() context: Context,
  ): Promise<PerformanceRating> {
    return recordPerformanceRating(context, input);
  }

  @Mutation(() => RankHistory, {
    description: "Records a rank by decree; the one with the latest TMT becomes the employee's golongan or grade.",
  })
  recordRank(
    @Arg('input', () => RecordRankInput) input: RecordRankInput,
    @Ctx() context: Context,
  ): Promise<RankHistory> {
    return recordRank(context, input);
  }

  @Mutation(() => PositionHistory, {
    description: 'Records a post: without toDate it becomes the current post (the previous one ends that day).',
  })
  recordPosition(
    @Arg('input', () => RecordPositionInput) input: RecordPositionInput,
    @Ctx() context: Context,
  ): Promise<PositionHistory> {
    return recordPosition(context, input);
  }

  @Mutation(() => EducationHistory, {
    description: "Records a completed education; the highest level becomes the employee's education.",
  })
  recordEducation(
    @Arg('input', () => RecordEducationInput) input: RecordEducationInput,
    @Ctx() context: Context,
  ): Promise<EducationHistory> {
    return recordEducation(context, input);
  }

  @Mutation(() => HistoryImportResult, {
    description:
      'Imports one kind of history entries from a CSV, all or nothing: every bad row is reported by line and reason.',
  })
  async importHistories(
    @Arg('input', () => ImportHistoriesInput) input: ImportHistoriesInput,
    @Ctx() context: Context,
  ): Promise<HistoryImportResult> {
    return importHistories(context, input.kind, input.csv, input.dryRun);
  }
}
