import { registerEnumType } from 'type-graphql';
import { MENTORSHIP_LOG_KINDS, MENTORSHIP_OUTCOMES } from '../rules/mentorship.js';
import { enumOf } from '@asn/common';

export const MentorshipOutcome = enumOf(MENTORSHIP_OUTCOMES);
export const MentorshipLogKind = enumOf(MENTORSHIP_LOG_KINDS);

registerEnumType(MentorshipOutcome, {
  name: 'MentorshipOutcome',
  description: 'How a mentorship ended: its focus achieved, partly achieved or not achieved.',
});
registerEnumType(MentorshipLogKind, {
  name: 'MentorshipLogKind',
  description: 'An entry of a mentorship log: a meeting held, or a note.',
});
