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
    COMPLETED: { description: 'Finished with a pass: the JP are credited.' },
    FAILED: { description: 'Attended but did not pass: no JP.' },
    CANCELLED: { description: 'Withdrawn before attendance; the seat is free again.' },
    REJECTED: { description: 'Refused by the manager; the seat is free again.' },
  },
});
