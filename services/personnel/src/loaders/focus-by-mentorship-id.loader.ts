import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { MentorshipFocus } from '../entities/mentorship-focus.entity.js';

export function createFocusByMentorshipIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, MentorshipFocus>(
    (keys) =>
      dataSource
        .getRepository(MentorshipFocus)
        .find({ where: { mentorshipId: In([...keys]) }, order: { competencyId: 'ASC' } }),
    (row) => row.mentorshipId,
  );
}
