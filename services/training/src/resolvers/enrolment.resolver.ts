import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Enrolment } from '../entities/enrolment.entity.js';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Query(() => Enrolment, { nullable: true, description: 'One enrolment by id.' })
  enrolment(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Enrolment | null> {
    return loaders.enrolmentsById.load(Number(id));
  }
}
