import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PartnershipActivity } from '../entities/partnership-activity.entity.js';
import { Partnership } from '../entities/partnership.entity.js';
import { EndPartnershipInput, PartnershipActivityInput, PartnershipInput } from '../inputs/partnership.input.js';
import { endPartnership, recordPartnershipActivity, savePartnership } from '../services/partnership.service.js';

/** An administrator keeps the agency's cooperation agreements and records what was done under them. */
@Resolver(() => Partnership)
export class PartnershipMutationResolver {
  @Mutation(() => Partnership, { description: 'Creates a cooperation agreement, or edits one when `id` is given.' })
  savePartnership(
    @Arg('input', () => PartnershipInput) input: PartnershipInput,
    @Ctx() context: Context,
  ): Promise<Partnership> {
    return savePartnership(context, input);
  }

  @Mutation(() => Partnership, { description: 'Ends an agreement before its end date (it then shows as lapsed).' })
  endPartnership(
    @Arg('input', () => EndPartnershipInput) input: EndPartnershipInput,
    @Ctx() context: Context,
  ): Promise<Partnership> {
    return endPartnership(context, input);
  }

  @Mutation(() => PartnershipActivity, { description: 'Records something done under an agreement.' })
  recordPartnershipActivity(
    @Arg('input', () => PartnershipActivityInput) input: PartnershipActivityInput,
    @Ctx() context: Context,
  ): Promise<PartnershipActivity> {
    return recordPartnershipActivity(context, input);
  }
}
