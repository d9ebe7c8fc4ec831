// Ends a running mentorship on a date with its outcome; the answer replaces the cached mentorship.
import { useMutation } from '@vue/apollo-composable';
import { EndMentorshipWithOutcomeDocument, type EndMentorshipInput } from '../graphql/generated/graphql';

export function useEndMentorshipWithOutcome() {
  const { mutate } = useMutation(EndMentorshipWithOutcomeDocument);
  return async (input: EndMentorshipInput) => (await mutate({ input }))?.data?.endMentorship ?? null;
}
