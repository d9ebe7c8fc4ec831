import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';

export const ASSESSMENT_SOURCES = ['ASSESSMENT_CENTER', 'MANAGER', 'SELF'] as const;
export const AssessmentSource = enumOf(ASSESSMENT_SOURCES);

registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: 'Who assessed a level, most authoritative first: assessment centre, manager (atasan), self.',
});
