import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Placement } from '../entities/placement.entity.js';
import { CompletePlacementInput, DecidePlacementInput, ProposePlacementInput } from '../inputs/placement.input.js';
import { completePlacement, decidePlacement, proposePlacement } from '../services/placement.service.js';

/** The placement workflow: the employee or an administrator proposes; the manager or an administrator decides and
 *  records the closing report. */
@Resolver(() => Placement)
export class PlacementMutationResolver {
  @Mutation(() => Placement, {
    description:
      'Proposes an internship or secondment (the employee, or an administrator for them); it awaits a decision.',
  })
  proposePlacement(
    @Arg('input', () => ProposePlacementInput) input: ProposePlacementInput,
    @Ctx() context: Context,
  ): Promise<Placement> {
    return proposePlacement(context, input);
  }

  @Mutation(() => Placement, {
    description: "Approves a proposed placement (the employee's manager or an administrator).",
  })
  approvePlacement(
    @Arg('input', () => DecidePlacementInput) input: DecidePlacementInput,
    @Ctx() context: Context,
  ): Promise<Placement> {
    return decidePlacement(context, input, true);
  }

  @Mutation(() => Placement, { description: 'Refuses a proposed placement, with a reason.' })
  rejectPlacement(
    @Arg('input', () => DecidePlacementInput) input: DecidePlacementInput,
    @Ctx() context: Context,
  ): Promise<Placement> {
    return decidePlacement(context, input, false);
  }

  @Mutation(() => Placement, {
    description:
      "Records the closing report and the host's assessment of an ended placement: its JP count in the year it ended, " +
      'and it proves its target competencies unless the host judged it KURANG.',
  })
  completePlacement(
    @Arg('input', () => CompletePlacementInput) input: CompletePlacementInput,
    @Ctx() context: Context,
  ): Promise<Placement> {
    return completePlacement(context, input);
  }
}
