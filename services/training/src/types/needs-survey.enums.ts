// The GraphQL enum of who answered a needs survey; the values are the rule's (rules/needs-survey.ts).
import { enumOf } from '@asn/common';
import { registerEnumType } from 'type-graphql';
import { RESPONSE_SOURCES } from '../rules/needs-survey.js';

export const SurveyResponseSource = enumOf(RESPONSE_SOURCES);

registerEnumType(SurveyResponseSource, {
  name: 'SurveyResponseSource',
  description: 'Who proposed the needs in a survey answer.',
  valuesConfig: {
    EMPLOYEE: { description: 'A member of the unit, for themself.' },
    MANAGER: { description: 'The unit’s head, adding the needs they see for the unit.' },
  },
});
