import type { DataSource } from 'typeorm';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { createUnitYearRowLoader } from './unit-year-row.loader.js';

/** The needs survey of each (unit, year), or null when none was opened. */
export function createNeedsSurveysByUnitYearLoader(dataSource: DataSource) {
  return createUnitYearRowLoader(dataSource, NeedsSurvey);
}
