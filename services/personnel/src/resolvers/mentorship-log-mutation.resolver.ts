import { freeText, inTransaction } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { MentorshipLogEntry } from '../entities/mentorship-log-entry.entity.js';
import { Mentorship } from '../entities/mentorship.entity.js';
import { invalid, parseId } from '../errors.js';
import { AddMentorshipLogEntryInput } from '../inputs/mentorship-log.input.js';
import { authorize } from '../policy.js';

@Resolver(() => MentorshipLogEntry)
export class MentorshipLogMutationResolver {
  @Mutation(() => MentorshipLogEntry, {
    description: "Adds a meeting or note to a mentorship's log (the mentor, the mentee, their manager, admins).",
  })
  async addMentorshipLogEntry(
    @Arg('input', () => AddMentorshipLogEntryInput) input: AddMentorshipLogEntryInput,
    @Ctx() { loaders, identity, dataSource, today }: Context,
  ): Promise<MentorshipLogEntry> {
    const id = parseId(input.mentorshipId, 'input.mentorshipId');
    const mentorship = await dataSource.getRepository(Mentorship).findOneBy({ id });
    if (!mentorship) throw invalid('input.mentorshipId', 'MENTORSHIP_NOT_FOUND');
    const mentee = (await loaders.employeesById.load(mentorship.menteeId))!;
    authorize(identity, { action: 'mentorship.log', mentee, mentorId: mentorship.mentorId });
    if (input.heldOn > today) throw invalid('input.heldOn', 'DATE_IN_FUTURE');
    if (input.heldOn < mentorship.startsOn || (mentorship.endsOn !== null && input.heldOn > mentorship.endsOn)) {
      throw invalid('input.heldOn', 'OUTSIDE_MENTORSHIP');
    }
    const note = freeText(input.note, 'input.note', { maxLength: 1000, required: true })!;
    return inTransaction(dataSource, async (manager) => {
      const repository = manager.getRepository(MentorshipLogEntry);
      const entry = { mentorshipId: id, heldOn: input.heldOn, kind: input.kind, note };
      const { identifiers } = await repository.insert(entry);
      return repository.findOneByOrFail({ id: Number(identifiers[0]!.id) });
    });
  }
}
