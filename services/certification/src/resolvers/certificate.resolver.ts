import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => Certificate, { nullable: true, description: 'One certificate by id.' })
  certificate(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Certificate | null> {
    return loaders.certificatesById.load(Number(id));
  }
}
