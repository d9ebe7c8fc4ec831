import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';

@Resolver(() => DevelopmentPlanItem)
export class DevelopmentPlanItemResolver {
  @FieldResolver(() => Training, { description: 'The planned training.' })
  async training(@Root() item: DevelopmentPlanItem, @Ctx() { loaders }: Context): Promise<Training> {
    return (await loaders.trainingsById.load(item.trainingId))!;
  }

  @FieldResolver(() => TrainingSession, { nullable: true, description: 'The chosen session, if any.' })
  session(@Root() item: DevelopmentPlanItem, @Ctx() { loaders }: Context): Promise<TrainingSession | null> | null {
    return item.sessionId === null ? null : loaders.sessionsById.load(item.sessionId);
  }
}
