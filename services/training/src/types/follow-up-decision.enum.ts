import { registerEnumType } from 'type-graphql';

export enum FollowUpDecision {
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(FollowUpDecision, {
  name: 'FollowUpDecision',
  description: 'The manager’s answer to a follow-up proposed from a low application rating.',
  valuesConfig: {
    ACCEPTED: { description: 'Taken up: the follow-up training is in the plan, or the mentorship started.' },
    DISMISSED: { description: 'Not taken up.' },
  },
});
