import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Provider } from '../entities/provider.entity.js';
import { can } from '../policy.js';

@Resolver(() => Provider)
export class ProviderResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you may change or retire it: the administrator of the agency that keeps it.',
  })
  isEditable(@Root() provider: Provider, @Ctx() { identity }: Context): boolean {
    return can(identity, 'catalog:keep', provider);
  }
}
