import { registerEnumType } from 'type-graphql';

/** Personnel's enum, repeated value for value: enums shared across subgraphs must be identical. */
export enum EmployeeType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}

registerEnumType(EmployeeType, {
  name: 'EmployeeType',
  description: 'Civil servant (PNS) or contract employee (PPPK).',
});
