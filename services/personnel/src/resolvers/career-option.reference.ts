// The CareerOption entity by its key (employee, position): personal, so findCareerOption checks the policy.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import { findCareerOption } from './career-option.resolver.js';

export function resolveCareerOptionReference(representation: Record<string, unknown>, context: Context) {
  return findCareerOption(
    context,
    parseId(representation.employeeId, 'employeeId'),
    parseId(representation.positionId, 'positionId'),
  );
}
