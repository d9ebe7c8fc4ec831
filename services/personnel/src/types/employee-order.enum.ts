import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const EmployeeOrderField = enumOf(['NIP', 'NAME', 'GOLONGAN'] as const);
export const SortDirection = enumOf(['ASC', 'DESC'] as const);

registerEnumType(EmployeeOrderField, {
  name: 'EmployeeOrderField',
  description: 'What employees are sorted by.',
  valuesConfig: {
    NIP: { description: 'NIP (the birth-date order); for callers who may read the agency’s NIPs.' },
    NAME: { description: 'Name.' },
    GOLONGAN: {
      description: 'PNS by golongan, then PPPK by grade (another scale), in either direction; then by id.',
    },
  },
});
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });
