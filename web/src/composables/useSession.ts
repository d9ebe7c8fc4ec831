// The signed-in user: the gateway's bearer token and who it names, kept in sessionStorage so that a tab keeps it
// until it closes and a new tab starts signed out.
import { computed, readonly, ref } from 'vue';
import type { UserRole } from '../graphql/generated/graphql';

export type Role = UserRole;

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  employeeId: string | null;
  unitIds: string[];
}

export interface Session {
  token: string;
  user: SessionUser;
}

/** Why the gateway refused a sign-in, as a code the page translates. */
export type SignInFailure = 'UNKNOWN_USER' | 'RATE_LIMITED' | 'UNAVAILABLE';

export class SignInError extends Error {
  constructor(readonly reason: SignInFailure) {
    super(`sign-in failed: ${reason}`);
  }
}

const STORAGE_KEY = 'asn.session';

function isSession(value: unknown): value is Session {
  const candidate = value as Partial<Session> | null;
  return typeof candidate?.token === 'string' && typeof candidate.user?.role === 'string';
}

function loadSession(): Session | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const session = ref<Session | null>(loadSession());

function failureOf(status: number): SignInFailure {
  if (status === 401 || status === 400) return 'UNKNOWN_USER';
  if (status === 429) return 'RATE_LIMITED';
  return 'UNAVAILABLE';
}

/** The token for the Apollo link, which runs outside any component. */
export function currentToken(): string | null {
  return session.value?.token ?? null;
}

export async function signIn(username: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
  } catch {
    throw new SignInError('UNAVAILABLE');
  }
  if (!response.ok) throw new SignInError(failureOf(response.status));
  const body = (await response.json()) as { token: string; user: SessionUser & Record<string, unknown> };
  const { displayName, role, agencyId, employeeId, unitIds } = body.user;
  const next: Session = {
    token: body.token,
    user: { username, displayName, role, agencyId, employeeId: employeeId ?? null, unitIds: unitIds ?? [] },
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  session.value = next;
  return next;
}

export function signOut(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  session.value = null;
}

export function useSession() {
  return {
    session: readonly(session),
    user: computed(() => session.value?.user ?? null),
    isSignedIn: computed(() => session.value !== null),
    signIn,
    signOut,
  };
}
