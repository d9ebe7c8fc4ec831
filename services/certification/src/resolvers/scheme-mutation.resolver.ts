import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Scheme } from '../entities/scheme.entity.js';
import {
  IssuerInput,
  RetireIssuerInput,
  RetireSchemeInput,
  SchemeInput,
  SetExpiringWindowInput,
} from '../inputs/scheme-master.input.js';
import { Issuer } from '../entities/issuer.entity.js';
import { retire, saveIssuer, saveScheme, setExpiringWindow } from '../services/scheme-master.service.js';

@Resolver(() => Scheme)
export class SchemeMutationResolver {
  @Mutation(() => Scheme, {
    description: "Adds (no id) or changes a scheme of the administrator's agency, what it certifies and who needs it.",
  })
  saveScheme(@Arg('input', () => SchemeInput) input: SchemeInput, @Ctx() context: Context) {
    return saveScheme(context, input);
  }

  @Mutation(() => Scheme, {
    description: 'Retires a scheme: its certificates stay readable, no new ones are recorded.',
  })
  retireScheme(@Arg('input', () => RetireSchemeInput) input: RetireSchemeInput, @Ctx() context: Context) {
    return retire(context, Scheme, 'input.schemeId', input.schemeId);
  }

  @Mutation(() => Int, { description: "Sets the agency's expiring window in days; returns it." })
  setExpiringWindow(
    @Arg('input', () => SetExpiringWindowInput) input: SetExpiringWindowInput,
    @Ctx() context: Context,
  ) {
    return setExpiringWindow(context, input.days);
  }

  @Mutation(() => Issuer, {
    description: "Adds (no id) or changes a certificate issuer of the administrator's agency.",
  })
  saveIssuer(@Arg('input', () => IssuerInput) input: IssuerInput, @Ctx() context: Context) {
    return saveIssuer(context, input);
  }

  @Mutation(() => Issuer, { description: 'Retires an issuer: its schemes and certificates stay readable.' })
  retireIssuer(@Arg('input', () => RetireIssuerInput) input: RetireIssuerInput, @Ctx() context: Context) {
    return retire(context, Issuer, 'input.issuerId', input.issuerId);
  }
}
