import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const EMPLOYEE_TYPES = ['PNS', 'PPPK'] as const;
export type EmployeeTypeValue = (typeof EMPLOYEE_TYPES)[number];
/** Shared with training and certification value for value: enums across subgraphs must be identical. */
export const EmployeeType = enumOf(EMPLOYEE_TYPES);

registerEnumType(EmployeeType, {
  name: 'EmployeeType',
  description: 'Civil servant (PNS) or contract employee (PPPK).',
});
