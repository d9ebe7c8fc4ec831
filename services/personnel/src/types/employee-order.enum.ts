import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const EmployeeOrderField = enumOf(['NIP', 'NAME', 'GOLONGAN'] as const);
export const SortDirection = enumOf(['ASC', 'DESC'] as const);

registerEnumType(EmployeeOrderField, { name: 'EmployeeOrderField', description: 'What employees are sorted by.' });
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });
