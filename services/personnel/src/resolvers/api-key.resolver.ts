import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ApiKey } from '../entities/api-key.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { CreateApiKeyInput, RevokeApiKeyInput } from '../inputs/api-key.input.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../services/api-key-admin.service.js';
import { CreatedApiKey } from '../types/created-api-key.type.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: "The agency's API keys, newest first, revoked ones too (its administrator)." })
  apiKeys(@Ctx() context: Context): Promise<ApiKey[]> {
    return listApiKeys(context);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key for an external system (administrator); the key is returned this once only.',
  })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() context: Context) {
    return createApiKey(context, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key of the agency (administrator): the gateway refuses it.' })
  revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() context: Context) {
    return revokeApiKey(context, input.id);
  }

  @FieldResolver(() => [String], { description: 'What the key may read: personnel:read, pii:read, …' })
  scopes(@Root() key: ApiKey): string[] {
    return key.scopes.split(',').filter(Boolean);
  }

  @FieldResolver(() => String, { description: 'When it was created, ISO 8601 in UTC.' })
  createdAt(@Root() key: ApiKey): string {
    return new Date(key.createdAt).toISOString();
  }

  @FieldResolver(() => String, { nullable: true, description: 'When it was revoked, ISO 8601 in UTC; null if live.' })
  revokedAt(@Root() key: ApiKey): string | null {
    return key.revokedAt ? new Date(key.revokedAt).toISOString() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of the administrator who created it.' })
  async createdBy(@Root() key: ApiKey, @Ctx() context: Context): Promise<string | null> {
    if (key.createdByUserId === null) return null;
    const account: UserAccount | null = await context.loaders.userAccountsById.load(key.createdByUserId);
    return account?.displayName ?? null;
  }
}
