// The needs-survey answers of each (unit, year), as the demand count reads them (who, as what, which
// competencies): one joined query per batch, whether a survey was opened or not, so the needs analysis costs the
// same statements for every unit.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { NeedsSurveyChoice } from '../entities/needs-survey-choice.entity.js';
import { NeedsSurveyResponse } from '../entities/needs-survey-response.entity.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import type { Answer, ResponseSource } from '../rules/needs-survey.js';
import type { UnitYear } from './rows-by-unit-year.loader.js';

interface Row {
  unitId: number | string;
  year: number | string;
  responseId: number | string;
  employeeId: number | string;
  source: ResponseSource;
  competencyId: number | string;
}

export function createSurveyAnswersByUnitYearLoader(dataSource: DataSource) {
  return new DataLoader<UnitYear, Answer[], string>(
    async (keys) => {
      const rows: Row[] = await dataSource
        .createQueryBuilder(NeedsSurvey, 'survey')
        .innerJoin(NeedsSurveyResponse, 'response', 'response.survey_id = survey.id')
        .innerJoin(NeedsSurveyChoice, 'choice', 'choice.response_id = response.id')
        .select('survey.unit_id', 'unitId')
        .addSelect('survey.year', 'year')
        .addSelect('response.id', 'responseId')
        .addSelect('response.employee_id', 'employeeId')
        .addSelect('response.source', 'source')
        .addSelect('choice.competency_id', 'competencyId')
        .where('survey.unit_id IN (:...unitIds)', { unitIds: [...new Set(keys.map((key) => key.unitId))] })
        .andWhere('survey.year IN (:...years)', { years: [...new Set(keys.map((key) => key.year))] })
        .orderBy('response.id', 'ASC')
        .addOrderBy('choice.id', 'ASC')
        .getRawMany();
      const byKey = new Map<string, Map<number, Answer>>();
      for (const row of rows) {
        const key = `${row.unitId}:${row.year}`;
        const answers = byKey.get(key) ?? new Map<number, Answer>();
        const responseId = Number(row.responseId);
        const answer = answers.get(responseId) ?? {
          employeeId: Number(row.employeeId),
          source: row.source,
          competencyIds: [],
        };
        answer.competencyIds.push(Number(row.competencyId));
        answers.set(responseId, answer);
        byKey.set(key, answers);
      }
      return keys.map((key) => [...(byKey.get(`${key.unitId}:${key.year}`)?.values() ?? [])]);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.year}` },
  );
}
