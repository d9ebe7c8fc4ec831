import { auditedWrite, freeText, inTransaction } from '@asn/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';
import { MentorshipFocus } from '../entities/mentorship-focus.entity.js';
import { Mentorship } from '../entities/mentorship.entity.js';
import type { Position } from '../entities/position.entity.js';
import { invalid, parseId } from '../errors.js';
import { EndMentorshipInput, StartMentorshipInput } from '../inputs/mentorship.input.js';
import { authorize } from '../policy.js';
import { isMoreSenior } from '../rules/mentorship.js';
import { positionLevel } from '../rules/position-level.js';

const levelOf = (position: Position | null) => (position ? positionLevel(position.kind, position.functionalLevel) : 0);
const seniorityOf = (employee: Employee, position: Position | null) => ({
  golonganRank: employee.golonganRank,
  positionLevel: levelOf(position),
});

@Resolver(() => Mentorship)
export class MentorshipMutationResolver {
  @Mutation(() => Mentorship, { description: "Starts a mentorship (admins, or the mentee's manager)." })
  async startMentorship(
    @Arg('input', () => StartMentorshipInput) input: StartMentorshipInput,
    @Ctx() { loaders, identity, dataSource }: Context,
  ): Promise<Mentorship> {
    const [mentor, mentee] = await Promise.all([
      loaders.employeesById.load(parseId(input.mentorId, 'input.mentorId')),
      loaders.employeesById.load(parseId(input.menteeId, 'input.menteeId')),
    ]);
    if (!mentee) throw invalid('input.menteeId', 'EMPLOYEE_NOT_FOUND');
    authorize(identity, { action: 'mentorship.write', mentee });
    if (!mentor) throw invalid('input.mentorId', 'EMPLOYEE_NOT_FOUND');
    if (mentor.id === mentee.id) throw invalid('input.mentorId', 'MENTOR_SELF');
    if (mentor.agencyId !== mentee.agencyId)
      throw invalid('input.mentorId', 'OTHER_AGENCY', { agency: mentee.agencyId });
    const [mentorPosition, menteePosition] = await Promise.all([
      loaders.positionsById.load(mentor.positionId),
      loaders.positionsById.load(mentee.positionId),
    ]);
    if (!isMoreSenior(seniorityOf(mentor, mentorPosition), seniorityOf(mentee, menteePosition)))
      throw invalid('input.mentorId', 'MENTOR_NOT_SENIOR');
    const focusIds = input.focusCompetencyIds.map((id, index) => parseId(id, `input.focusCompetencyIds.${index}`));
    if (focusIds.length < 1 || focusIds.length > 5 || new Set(focusIds).size !== focusIds.length) {
      throw invalid('input.focusCompetencyIds', 'FOCUS_REQUIRED');
    }
    const competencies = await loaders.competenciesById.loadMany(focusIds);
    competencies.forEach((competency, index) => {
      if (!competency || competency instanceof Error) {
        throw invalid(`input.focusCompetencyIds.${index}`, 'COMPETENCY_NOT_FOUND');
      }
    });
    const running = await dataSource
      .getRepository(Mentorship)
      .existsBy({ mentorId: mentor.id, menteeId: mentee.id, endsOn: IsNull() });
    if (running) throw invalid('input.menteeId', 'MENTORSHIP_ACTIVE');
    return inTransaction(dataSource, async (manager) => {
      const { identifiers } = await manager.getRepository(Mentorship).insert({
        agencyId: mentee.agencyId,
        mentorId: mentor.id,
        menteeId: mentee.id,
        startsOn: input.startsOn,
        endsOn: null,
      });
      const id = Number(identifiers[0]!.id);
      await manager
        .getRepository(MentorshipFocus)
        .insert(focusIds.map((competencyId) => ({ mentorshipId: id, competencyId })));
      return manager.getRepository(Mentorship).findOneByOrFail({ id });
    });
  }

  @Mutation(() => Mentorship, { description: 'Ends a running mentorship.' })
  async endMentorship(
    @Arg('input', () => EndMentorshipInput) input: EndMentorshipInput,
    @Ctx() { loaders, identity, dataSource }: Context,
  ): Promise<Mentorship> {
    const id = parseId(input.id, 'input.id');
    const mentorship = await dataSource.getRepository(Mentorship).findOneBy({ id });
    if (!mentorship) throw invalid('input.id', 'MENTORSHIP_NOT_FOUND');
    const mentee = (await loaders.employeesById.load(mentorship.menteeId))!;
    authorize(identity, { action: 'mentorship.write', mentee });
    if (mentorship.endsOn !== null) throw invalid('input.id', 'MENTORSHIP_ENDED');
    if (input.endsOn < mentorship.startsOn) throw invalid('input.endsOn', 'END_BEFORE_START');
    const outcome = input.outcome ?? null;
    const outcomeNote = freeText(input.outcomeNote, 'input.outcomeNote', { maxLength: 500 });
    if (outcomeNote !== null && outcome === null) throw invalid('input.outcomeNote', 'OUTCOME_NOTE_WITHOUT_OUTCOME');
    const ending = { endsOn: input.endsOn, outcome, outcomeNote };
    await inTransaction(dataSource, (manager) =>
      auditedWrite(manager, Mentorship, { id, endsOn: IsNull() }, () =>
        manager.getRepository(Mentorship).update({ id, endsOn: IsNull() }, ending),
      ),
    );
    return { ...mentorship, ...ending };
  }
}
