import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';
import { GAP_SEVERITIES } from '../rules/gap-severity.js';

export const GapSeverity = enumOf(GAP_SEVERITIES);

registerEnumType(GapSeverity, {
  name: 'GapSeverity',
  description:
    'How serious a competency gap (current − required level) is: MET at or above the required level, MINOR one ' +
    'level short, MAJOR two or more short.',
});
