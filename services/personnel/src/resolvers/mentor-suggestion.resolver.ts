// Mentors suggested by competency: for the mentee's manager or an administrator of the agency (docs/authorization.md).
import { intInRange } from '@asn/common';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid, parseId } from '../errors.js';
import { authorize } from '../policy.js';
import { suggestMentors } from '../services/mentor-suggestions.service.js';
import { MentorSuggestions } from '../types/mentor-suggestion.type.js';

@Resolver()
export class MentorSuggestionResolver {
  @Query(() => MentorSuggestions, {
    description:
      "Colleagues of the same agency who could mentor a person in a competency: current level at or above the target (assessed, not stale), more senior, under the agency's mentee limit; best first.",
  })
  async mentorSuggestions(
    @Arg('employeeId', () => ID, { description: 'The mentee.' }) employeeId: string,
    @Arg('competencyId', () => ID, { description: 'The competency to develop.' }) competencyId: string,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'At most this many suggestions (1-50).' }) limit: number,
    @Ctx() context: Context,
  ): Promise<MentorSuggestions> {
    const [mentee, competency] = await Promise.all([
      context.loaders.employeesById.load(parseId(employeeId, 'employeeId')),
      context.loaders.competenciesById.load(parseId(competencyId, 'competencyId')),
    ]);
    if (!mentee) throw invalid('employeeId', 'EMPLOYEE_NOT_FOUND');
    authorize(context.identity, { action: 'mentorship.suggest', mentee });
    if (!competency) throw invalid('competencyId', 'COMPETENCY_NOT_FOUND');
    return suggestMentors(context, mentee, competency, intInRange('limit', limit, 1, 50));
  }
}
