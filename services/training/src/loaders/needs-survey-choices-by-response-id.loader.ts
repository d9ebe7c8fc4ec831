// The competencies each survey answer proposes: one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { NeedsSurveyChoice } from '../entities/needs-survey-choice.entity.js';

export function createNeedsSurveyChoicesByResponseIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, NeedsSurveyChoice>(
    (keys) =>
      dataSource.getRepository(NeedsSurveyChoice).find({ where: { responseId: In([...keys]) }, order: { id: 'ASC' } }),
    (row) => row.responseId,
  );
}
