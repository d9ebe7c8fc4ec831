import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Mentorship } from '../entities/mentorship.entity.js';

export function createMentorshipsByMenteeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Mentorship>(
    (keys) =>
      dataSource
        .getRepository(Mentorship)
        .find({ where: { menteeId: In([...keys]) }, order: { startsOn: 'DESC', id: 'DESC' } }),
    (row) => row.menteeId,
  );
}
