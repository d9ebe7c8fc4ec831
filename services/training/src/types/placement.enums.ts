// The GraphQL enums of a placement; the values are the rule's (rules/placement.ts).
import { enumOf } from '@asn/common';
import { registerEnumType } from 'type-graphql';
import { HOST_ASSESSMENTS, PLACEMENT_KINDS, PLACEMENT_STATUSES } from '../rules/placement.js';

export const PlacementKind = enumOf(PLACEMENT_KINDS);
export const PlacementStatus = enumOf(PLACEMENT_STATUSES);
export const HostAssessment = enumOf(HOST_ASSESSMENTS);

registerEnumType(PlacementKind, {
  name: 'PlacementKind',
  description: 'Magang (an internship to learn at the host) or detasering (a secondment to work at the host).',
  valuesConfig: {
    MAGANG: { description: 'Internship: the employee learns at the host organisation.' },
    DETASERING: { description: 'Secondment: the employee is assigned to work at the host organisation for a time.' },
  },
});
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'Where a placement stands: proposed → approved or rejected; approved → completed with the report.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed; awaits the manager or an administrator.' },
    APPROVED: { description: 'Approved: planned or under way.' },
    REJECTED: { description: 'Refused, with a reason.' },
    COMPLETED: { description: 'Closed with the report and the host’s assessment: its JP count.' },
  },
});
registerEnumType(HostAssessment, {
  name: 'HostAssessment',
  description: 'The host supervisor’s overall judgement in the closing report.',
  valuesConfig: {
    SANGAT_BAIK: { description: 'Very good.' },
    BAIK: { description: 'Good.' },
    CUKUP: { description: 'Sufficient.' },
    KURANG: { description: 'Insufficient: the placement counts its JP but proves no competency.' },
  },
});
