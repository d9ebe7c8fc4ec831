import { registerEnumType } from 'type-graphql';

export enum EnrolmentStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  ATTENDED = 'ATTENDED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
}

registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description:
    'Where an enrolment stands: requested → approved → attended → completed or failed; or cancelled/rejected.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; waiting for the manager.' },
    APPROVED: { description: 'Approved by the manager; a seat is held.' },
    ATTENDED: { description: 'The participant attended; results are pending.' },
    COMPLETED: {
      description: 'Finished with a pass (a post-test, if taken, at or above the pass mark): the JP are credited.',
    },
    FAILED: { description: 'Attended but not finished, or a post-test below the pass mark: no JP.' },
    CANCELLED: { description: 'Withdrawn before attendance; the seat is free again.' },
    REJECTED: { description: 'Refused by the manager; the seat is free again.' },
  },
});
