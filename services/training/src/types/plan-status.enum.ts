import { registerEnumType } from 'type-graphql';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Where an individual development plan stands: draft → submitted → approved or returned.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the employee.' },
    SUBMITTED: { description: 'Waiting for the manager.' },
    APPROVED: { description: 'Approved by the manager.' },
    RETURNED: { description: 'Sent back by the manager for changes; editable again.' },
  },
});
