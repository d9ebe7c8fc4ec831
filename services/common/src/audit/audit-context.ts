// The identity of the request being served, for code that runs below the resolvers (the audit subscriber).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Identity } from '../auth-context.js';

const current = new AsyncLocalStorage<Identity>();

export function runAs<T>(identity: Identity, work: () => T): T {
  return current.run(identity, work);
}

export function currentIdentity(): Identity | undefined {
  return current.getStore();
}

export function describeActor(identity: Identity): { actor: string; agencyId: string | null } {
  switch (identity.kind) {
    case 'user':
      return { actor: `user:${identity.userId}`, agencyId: identity.agencyId };
    case 'apiKey':
      return { actor: `apiKey:${identity.keyId}`, agencyId: identity.agencyId };
    case 'scheduler':
      return { actor: identity.kind, agencyId: identity.agencyId };
    case 'system':
    case 'anonymous':
      return { actor: identity.kind, agencyId: null };
  }
}
