import { loadAll } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from '../entities/competency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { MentorshipLogEntry } from '../entities/mentorship-log-entry.entity.js';
import { Mentorship } from '../entities/mentorship.entity.js';
import { authorize } from '../policy.js';
import { mentorLevelShortfalls } from '../rules/mentor-ranking.js';
import { isRunningOn } from '../rules/mentorship.js';
import { MentorLevelWarning } from '../types/mentor-level-warning.type.js';

async function visibleEmployee(id: number, { loaders, identity }: Context): Promise<Employee> {
  const employee = (await loaders.employeesById.load(id))!;
  authorize(identity, { action: 'employee.read', employee });
  return employee;
}

@Resolver(() => Mentorship)
export class MentorshipResolver {
  @FieldResolver(() => Employee, { description: 'The mentor, more senior than the mentee.' })
  mentor(@Root() mentorship: Mentorship, @Ctx() context: Context): Promise<Employee> {
    return visibleEmployee(mentorship.mentorId, context);
  }

  @FieldResolver(() => Employee, { description: 'The mentee.' })
  mentee(@Root() mentorship: Mentorship, @Ctx() context: Context): Promise<Employee> {
    return visibleEmployee(mentorship.menteeId, context);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it runs today.' })
  active(@Root() mentorship: Mentorship, @Ctx() { today }: Context): boolean {
    return isRunningOn(mentorship, today);
  }

  @FieldResolver(() => [Competency], { description: 'The competencies the mentorship focuses on.' })
  async focusCompetencies(@Root() mentorship: Mentorship, @Ctx() { loaders }: Context): Promise<Competency[]> {
    const focus = await loaders.focusByMentorshipId.load(mentorship.id);
    const competencies = await loaders.competenciesById.loadMany(focus.map((row) => row.competencyId));
    return competencies.filter((competency): competency is Competency => competency instanceof Competency);
  }

  @FieldResolver(() => [MentorshipLogEntry], { description: 'The log: meetings and notes, oldest first.' })
  log(@Root() mentorship: Mentorship, @Ctx() { loaders }: Context): Promise<MentorshipLogEntry[]> {
    return loaders.logByMentorshipId.load(mentorship.id);
  }

  @FieldResolver(() => [MentorLevelWarning], {
    description:
      "Focus competencies the mentor does not hold at the mentee's target level today (assessed, not stale): warnings shown when it starts and while it runs.",
  })
  async mentorLevelWarnings(@Root() mentorship: Mentorship, @Ctx() context: Context): Promise<MentorLevelWarning[]> {
    const { loaders } = context;
    const [focus, mentee, mentorLevels, menteeLevels] = await Promise.all([
      loaders.focusByMentorshipId.load(mentorship.id),
      loaders.employeesById.load(mentorship.menteeId),
      loaders.currentLevelsByEmployeeId.load(mentorship.mentorId),
      loaders.currentLevelsByEmployeeId.load(mentorship.menteeId),
    ]);
    const standard = mentee ? await loaders.standardsByPositionId.load(mentee.positionId) : [];
    const warnings = mentorLevelShortfalls(
      focus.map((row) => row.competencyId),
      standard,
      mentorLevels,
      menteeLevels,
    );
    const competencies = await loadAll(
      loaders.competenciesById,
      warnings.map((warning) => warning.competencyId),
    );
    return warnings.map((warning, index) => ({ ...warning, competency: competencies[index]! }));
  }
}
