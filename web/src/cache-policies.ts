// How the Apollo cache merges paged lists: a connection keyed by its filter arguments, pages appended in order.
import type { TypePolicies } from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';

export const cacheTypePolicies: TypePolicies = {
  // Each subgraph numbers its own audit log, so one id names different entries in the three: kept unnormalised.
  AuditEntry: { keyFields: false },
  // Training and certification number their notifications apart too: one is named by its source and id.
  Notification: { keyFields: ['source', 'id'] },
  Query: {
    fields: {
      employees: relayStylePagination(['filter', 'orderBy']),
    },
  },
};
