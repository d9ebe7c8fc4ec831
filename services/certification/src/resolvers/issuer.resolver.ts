import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Issuer } from '../entities/issuer.entity.js';
import { can } from '../policy.js';

@Resolver(() => Issuer)
export class IssuerResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you may change or retire it: the administrator of the agency that keeps it.',
  })
  isEditable(@Root() issuer: Issuer, @Ctx() { identity }: Context): boolean {
    return can(identity, 'scheme:keep', issuer);
  }
}
