import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { MentorshipLogEntry } from '../entities/mentorship-log-entry.entity.js';

export function createLogByMentorshipIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, MentorshipLogEntry>(
    (keys) =>
      dataSource
        .getRepository(MentorshipLogEntry)
        .find({ where: { mentorshipId: In([...keys]) }, order: { heldOn: 'ASC', id: 'ASC' } }),
    (row) => row.mentorshipId,
  );
}
