import { registerEnumType } from 'type-graphql';
import { EDUCATION_LEVELS } from '../rules/education.js';
import { enumOf } from '@asn/common';

export const Education = enumOf(EDUCATION_LEVELS);

registerEnumType(Education, {
  name: 'Education',
  description: 'Highest formal education: SD, SMP, SMA (SMA/SMK), diploma D1-D4, S1, S2, S3. D4 and S1 rank equal.',
});
