import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from '../entities/competency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Mentorship } from '../entities/mentorship.entity.js';
import { authorize } from '../policy.js';

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
    return mentorship.startsOn <= today && (mentorship.endsOn === null || mentorship.endsOn >= today);
  }

  @FieldResolver(() => [Competency], { description: 'The competencies the mentorship focuses on.' })
  async focusCompetencies(@Root() mentorship: Mentorship, @Ctx() { loaders }: Context): Promise<Competency[]> {
    const focus = await loaders.focusByMentorshipId.load(mentorship.id);
    const competencies = await loaders.competenciesById.loadMany(focus.map((row) => row.competencyId));
    return competencies.filter((competency): competency is Competency => competency instanceof Competency);
  }
}
