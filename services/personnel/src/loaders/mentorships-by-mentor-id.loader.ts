import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Mentorship } from '../entities/mentorship.entity.js';

export function createMentorshipsByMentorIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Mentorship>(
    (keys) =>
      dataSource
        .getRepository(Mentorship)
        .find({ where: { mentorId: In([...keys]) }, order: { startsOn: 'DESC', id: 'DESC' } }),
    (row) => row.mentorId,
  );
}
