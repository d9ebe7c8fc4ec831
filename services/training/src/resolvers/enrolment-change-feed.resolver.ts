// The enrolments sync feed (services/common sync, docs/sync.md): an agency's administrator, or an API key with
// training:read and pii:read, reads what changed in the agency's enrolments since a change cursor.
import { callerAgency, createChangeFeedResolver, ownAgencies } from '@asn/common';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { authorize } from '../policy.js';

export const EnrolmentChangeFeedResolver = createChangeFeedResolver<Enrolment, Context>({
  queryName: 'enrolmentChanges',
  node: Enrolment,
  name: 'Enrolment',
  what: 'enrolment',
  scopeOf: ({ identity }) => {
    const agencyId = callerAgency(identity);
    authorize(identity, 'changes:sync', { agencyId });
    return agencyId!;
  },
  agenciesOf: ownAgencies,
});
