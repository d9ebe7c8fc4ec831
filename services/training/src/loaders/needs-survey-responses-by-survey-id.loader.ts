// The answers to each survey, oldest first: one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { NeedsSurveyResponse } from '../entities/needs-survey-response.entity.js';

export function createNeedsSurveyResponsesBySurveyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, NeedsSurveyResponse>(
    (keys) =>
      dataSource.getRepository(NeedsSurveyResponse).find({ where: { surveyId: In([...keys]) }, order: { id: 'ASC' } }),
    (row) => row.surveyId,
  );
}
