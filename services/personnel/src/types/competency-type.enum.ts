import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const COMPETENCY_TYPES = ['MANAGERIAL', 'SOCIO_CULTURAL', 'TECHNICAL', 'GOVERNMENT'] as const;
export type CompetencyTypeValue = (typeof COMPETENCY_TYPES)[number];
export const CompetencyType = enumOf(COMPETENCY_TYPES);

registerEnumType(CompetencyType, {
  name: 'CompetencyType',
  description:
    'Type of competency (PermenPANRB 38/2017); GOVERNMENT is kompetensi pemerintahan (Permendagri 108/2017).',
});
