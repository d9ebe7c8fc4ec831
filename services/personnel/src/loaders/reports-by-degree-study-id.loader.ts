import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { DegreeStudyReport } from '../entities/degree-study-report.entity.js';

export function createReportsByDegreeStudyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, DegreeStudyReport>(
    (keys) =>
      dataSource
        .getRepository(DegreeStudyReport)
        .find({ where: { studyId: In([...keys]) }, order: { semester: 'ASC' } }),
    (row) => row.studyId,
  );
}
