// Adds a meeting or a note to a mentorship's log; the caller refetches the mentorships to show what was kept.
import { useMutation } from '@vue/apollo-composable';
import { AddMentorshipLogEntryDocument, type AddMentorshipLogEntryInput } from '../graphql/generated/graphql';

export function useAddMentorshipLogEntry() {
  const { mutate } = useMutation(AddMentorshipLogEntryDocument);
  return async (input: AddMentorshipLogEntryInput) => (await mutate({ input }))?.data?.addMentorshipLogEntry ?? null;
}
