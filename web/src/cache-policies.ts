// How the Apollo cache merges paged lists: a connection keyed by its filter arguments, pages appended in order.
import type { TypePolicies } from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';

export const cacheTypePolicies: TypePolicies = {
  // Each subgraph numbers its own audit log, so one id names different entries in the three: kept unnormalised.
  AuditEntry: { keyFields: false },
  Query: {
    fields: {
      employees: relayStylePagination(['filter', 'orderBy']),
    },
  },
};
