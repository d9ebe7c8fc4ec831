import { registerEnumType } from 'type-graphql';

export enum PastTrainingStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(PastTrainingStatus, {
  name: 'PastTrainingStatus',
  description: 'Whether an administrator has checked the evidence of a past training; only verified ones count.',
  valuesConfig: {
    PENDING: { description: 'Submitted by the employee, waiting for an administrator.' },
    VERIFIED: { description: 'Evidence checked by an administrator: counts toward JP and as competency evidence.' },
    REJECTED: { description: 'Refused by an administrator, with the reason; it does not count.' },
  },
});
