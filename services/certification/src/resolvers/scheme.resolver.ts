import { parseId } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { Context } from '../context.js';
import { Issuer } from '../entities/issuer.entity.js';
import { SchemeCompetency } from '../entities/scheme-competency.entity.js';
import { Scheme } from '../entities/scheme.entity.js';
import { SchemeFilter } from '../inputs/scheme-filter.input.js';
import { listSchemes } from '../services/scheme-list.service.js';
import { SchemeConnection } from '../types/scheme-connection.type.js';
import { Position } from '../external/position.js';
import { can } from '../policy.js';

/** The public catalog: anyone, signed in or not, may read it. */
@Resolver(() => Scheme)
export class SchemeResolver {
  @Query(() => SchemeConnection, { description: 'The catalog of certification schemes, in the order they were added.' })
  schemes(
    @Ctx() context: Context,
    @Arg('filter', () => SchemeFilter, { nullable: true, description: 'Conditions; none lists the whole catalog.' })
    filter?: SchemeFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
    after?: string,
  ): Promise<SchemeConnection> {
    return listSchemes(context, filter, first, after);
  }

  @Query(() => Scheme, { nullable: true, description: 'One scheme by id; null when there is none.' })
  scheme(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Scheme | null> {
    return loaders.schemesById.load(parseId(id, 'id'));
  }

  @Query(() => [Issuer], { description: 'The issuers of certificates in use, by code (retired ones on request).' })
  issuers(
    @Ctx() { dataSource }: Context,
    @Arg('includeRetired', () => Boolean, { defaultValue: false, description: 'Also list retired issuers.' })
    includeRetired: boolean,
  ): Promise<Issuer[]> {
    // A list for choosing offers only issuers still in use; retired ones stay readable on their schemes.
    const where = includeRetired ? {} : { retiredOn: IsNull() };
    return dataSource.getRepository(Issuer).find({ where, order: { code: 'ASC' } });
  }

  @FieldResolver(() => Issuer, { description: 'Who issues certificates of this scheme.' })
  async issuer(@Root() scheme: Scheme, @Ctx() { loaders }: Context): Promise<Issuer> {
    const issuer = await loaders.issuersById.load(scheme.issuerId);
    if (!issuer) throw new Error(`scheme ${scheme.id} has no issuer ${scheme.issuerId}`);
    return issuer;
  }

  @FieldResolver(() => [SchemeCompetency], { description: 'The competencies it certifies, each at a level.' })
  certifies(@Root() scheme: Scheme, @Ctx() { loaders }: Context): Promise<SchemeCompetency[]> {
    return loaders.schemeCompetenciesBySchemeId.load(scheme.id);
  }

  @FieldResolver(() => [Position], { description: 'The positions that require it.' })
  async requiredFor(@Root() scheme: Scheme, @Ctx() { loaders }: Context): Promise<Position[]> {
    return (await loaders.requirementsBySchemeId.load(scheme.id)).map((row) => ({ id: String(row.positionId) }));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may change or retire it: the administrator of the agency that keeps it.',
  })
  isEditable(@Root() scheme: Scheme, @Ctx() { identity }: Context): boolean {
    return can(identity, 'scheme:keep', scheme);
  }
}
