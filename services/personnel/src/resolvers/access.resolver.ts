// Sign-in support: the demo users (public, for the sign-in page), and the gateway's look-ups of a user's profile
// and of an API key (system only).
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { Context } from '../context.js';
import { ApiKey } from '../entities/api-key.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { authorize } from '../policy.js';
import { ApiKeyIdentity, DemoUser, SignInProfile } from '../types/access.types.js';

@Resolver()
export class AccessResolver {
  @Query(() => [DemoUser], { description: 'The demo users, for the sign-in page (public).' })
  async demoUsers(@Ctx() { dataSource, loaders }: Context): Promise<DemoUser[]> {
    const users = await dataSource.getRepository(UserAccount).find({ order: { agencyId: 'ASC', id: 'ASC' } });
    const [agencies, employees] = await Promise.all([
      loaders.agenciesById.loadMany(users.map((user) => user.agencyId)),
      loaders.employeesById.loadMany(users.map((user) => user.employeeId ?? 0)),
    ]);
    return users.map((user, index) => {
      const agency = agencies[index];
      const employee = employees[index];
      return {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        agencyName: agency && !(agency instanceof Error) ? agency.name : '',
        employeeName: employee && !(employee instanceof Error) ? employee.name : null,
      };
    });
  }

  @Query(() => SignInProfile, { nullable: true, description: "A user's sign-in profile (the gateway only)." })
  async signInProfile(
    @Arg('username', () => String) username: string,
    @Ctx() { dataSource, identity, loaders }: Context,
  ): Promise<SignInProfile | null> {
    authorize(identity, { action: 'system.lookup' });
    const user = await dataSource.getRepository(UserAccount).findOneBy({ username });
    if (!user) return null;
    let unitIds: string[] = [];
    let employeeIds: string[] = [];
    if (user.role === 'MANAGER' && user.employeeId !== null) {
      const headed = await dataSource.getRepository(Unit).findBy({ headEmployeeId: user.employeeId });
      const subtree = headed.length
        ? await dataSource
            .getRepository(Unit)
            .createQueryBuilder('unit')
            .where(headed.map((_, index) => `unit.path LIKE :path${index}`).join(' OR '), {
              ...Object.fromEntries(headed.map((unit, index) => [`path${index}`, `${unit.path}%`])),
            })
            .orderBy('unit.id', 'ASC')
            .getMany()
        : [];
      unitIds = subtree.map((unit) => String(unit.id));
      const members = await loaders.memberIdsByUnitId.loadMany(headed.map((unit) => unit.id));
      const ids = new Set(members.flatMap((list) => (list instanceof Error ? [] : list)));
      employeeIds = [...ids].sort((a, b) => a - b).map(String);
    }
    return {
      userId: String(user.id),
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      agencyId: String(user.agencyId),
      employeeId: user.employeeId === null ? null : String(user.employeeId),
      unitIds,
      employeeIds,
    };
  }

  @Query(() => ApiKeyIdentity, {
    nullable: true,
    description: 'A non-revoked API key by its SHA-256 (the gateway only).',
  })
  async apiKeyIdentity(
    @Arg('keyHash', () => String) keyHash: string,
    @Ctx() { dataSource, identity }: Context,
  ): Promise<ApiKeyIdentity | null> {
    authorize(identity, { action: 'system.lookup' });
    const key = await dataSource
      .getRepository(ApiKey)
      .findOneBy({ keyHash: keyHash.toLowerCase(), revokedAt: IsNull() });
    if (!key) return null;
    return { id: String(key.id), agencyId: String(key.agencyId), scopes: key.scopes.split(',').filter(Boolean) };
  }
}
