import { registerEnumType } from 'type-graphql';

export enum FollowUpKind {
  FOLLOW_UP_TRAINING = 'FOLLOW_UP_TRAINING',
  MENTORING = 'MENTORING',
}

registerEnumType(FollowUpKind, {
  name: 'FollowUpKind',
  description: 'What a trainee who does not apply a training gets next (the seeds’ evaluation and follow-up).',
  valuesConfig: {
    FOLLOW_UP_TRAINING: { description: 'A follow-up training.' },
    MENTORING: { description: 'A mentorship.' },
  },
});
