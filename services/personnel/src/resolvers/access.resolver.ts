// Sign-in support: the demo users (public, for the sign-in page, demo mode only), and the gateway's look-ups of a
// user's profile (demo mode only), of an API key and of a manager's people (system only, not in the client API).
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { IsNull, type DataSource } from 'typeorm';
import type { Context } from '../context.js';
import { ApiKey } from '../entities/api-key.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { forbidden, parseId } from '../errors.js';
import type { Loaders } from '../loaders/index.js';
import { authorize } from '../policy.js';
import { subtreeRange } from '../rules/unit-path.js';
import { ApiKeyIdentity, DemoUser, ManagedScope, SignInProfile } from '../types/access.types.js';

/** Outside demo mode the demo-only fields do not exist for anyone. */
function assertDemo(demo: boolean | undefined): void {
  if (demo !== true) throw forbidden();
}

/** The units a manager heads with all their sub-units, and the people of those units, as the tables say now. */
async function managedScopeOf(dataSource: DataSource, loaders: Loaders, employeeId: number): Promise<ManagedScope> {
  const headed = await dataSource.getRepository(Unit).findBy({ headEmployeeId: employeeId });
  if (headed.length === 0) return { unitIds: [], employeeIds: [] };
  const subtree = await dataSource
    .getRepository(Unit)
    .createQueryBuilder('unit')
    // Ranges on the path index (rules/unit-path.ts), as every subtree query reads.
    .where(headed.map((_, index) => `(unit.path >= :from${index} AND unit.path < :to${index})`).join(' OR '), {
      ...Object.fromEntries(
        headed.flatMap((unit, index) => {
          const { from, to } = subtreeRange(unit.path);
          return [
            [`from${index}`, from],
            [`to${index}`, to],
          ];
        }),
      ),
    })
    .orderBy('unit.id', 'ASC')
    .getMany();
  const members = await loaders.memberIdsByUnitId.loadMany(headed.map((unit) => unit.id));
  const ids = new Set(members.flatMap((list) => (list instanceof Error ? [] : list)));
  return {
    unitIds: subtree.map((unit) => String(unit.id)),
    employeeIds: [...ids].sort((a, b) => a - b).map(String),
  };
}

@Resolver()
export class AccessResolver {
  @Query(() => [DemoUser], { description: 'The demo users, for the sign-in page (public).' })
  async demoUsers(@Ctx() { dataSource, loaders, demo }: Context): Promise<DemoUser[]> {
    assertDemo(demo);
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

  @Directive('@inaccessible')
  @Query(() => SignInProfile, {
    nullable: true,
    description: "A user's sign-in profile (the gateway only, demo mode).",
  })
  async signInProfile(
    @Arg('username', () => String) username: string,
    @Ctx() { dataSource, identity, loaders, demo }: Context,
  ): Promise<SignInProfile | null> {
    authorize(identity, { action: 'system.lookup' });
    assertDemo(demo);
    const user = await dataSource.getRepository(UserAccount).findOneBy({ username });
    if (!user) return null;
    const { unitIds, employeeIds } =
      user.role === 'MANAGER' && user.employeeId !== null
        ? await managedScopeOf(dataSource, loaders, user.employeeId)
        : { unitIds: [], employeeIds: [] };
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

  @Directive('@inaccessible')
  @Query(() => ManagedScope, {
    description: "A manager's units and people now, for each of their requests (the gateway only).",
  })
  async managedScope(
    @Arg('employeeId', () => ID) employeeId: string,
    @Ctx() { dataSource, identity, loaders }: Context,
  ): Promise<ManagedScope> {
    authorize(identity, { action: 'system.lookup' });
    return managedScopeOf(dataSource, loaders, parseId(employeeId, 'employeeId'));
  }

  @Directive('@inaccessible')
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
