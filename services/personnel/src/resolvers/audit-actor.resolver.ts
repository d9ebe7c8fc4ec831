// Names for the actors the three subgraphs' audit logs write (user:<id>, apiKey:<id>): the users and keys are
// personnel's, so the console asks here once for all the actors of a page.
import { badInput, loadAll } from '@asn/common';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import type { Context } from '../context.js';
import { ApiKey } from '../entities/api-key.entity.js';
import { authorize, homeAgency } from '../policy.js';
import { AuditActor } from '../types/audit-actor.type.js';

/** A page of the combined log names at most this many distinct actors. */
const MAX_ACTORS = 200;

function idsOf(actors: string[], kind: 'user' | 'apiKey'): number[] {
  return actors.flatMap((actor) => {
    const match = new RegExp(`^${kind}:(\\d+)$`).exec(actor);
    return match ? [Number(match[1])] : [];
  });
}

@Resolver()
export class AuditActorResolver {
  @Query(() => [AuditActor], {
    description:
      'Names for audit entries’ actors, in the order asked (administrator: the users and keys of the agency).',
  })
  async auditActors(@Arg('actors', () => [String]) actors: string[], @Ctx() context: Context): Promise<AuditActor[]> {
    const agencyId = homeAgency(context.identity) ?? 0;
    authorize(context.identity, { action: 'apiKey.manage', agencyId });
    if (actors.length > MAX_ACTORS) {
      throw badInput('actors', 'TOO_MANY', {
        id: `Paling banyak ${MAX_ACTORS} pelaku sekaligus.`,
        en: `At most ${MAX_ACTORS} actors at once.`,
      });
    }
    const keyIds = idsOf(actors, 'apiKey');
    const [users, keys] = await Promise.all([
      loadAll(context.loaders.userAccountsById, idsOf(actors, 'user')),
      keyIds.length ? context.dataSource.getRepository(ApiKey).findBy({ id: In(keyIds), agencyId }) : [],
    ]);
    const names = new Map<string, string>([
      ...users.flatMap((user) =>
        user && user.agencyId === agencyId ? [[`user:${user.id}`, user.displayName] as [string, string]] : [],
      ),
      ...keys.map((key): [string, string] => [`apiKey:${key.id}`, key.name]),
    ]);
    return actors.map((actor) => ({ actor, name: names.get(actor) ?? null }));
  }
}
