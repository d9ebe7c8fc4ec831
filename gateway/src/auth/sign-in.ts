// Demo sign-in: issues a bearer token for a seeded user, with the claims the subgraphs authorize by.
import { SignJWT } from 'jose';
import type { Role } from '@asn/common/identity';
import type { SystemClient } from '../system-client.js';

const SIGN_IN_PROFILE = /* GraphQL */ `
  query SignInProfile($username: String!) {
    signInProfile(username: $username) {
      userId
      username
      displayName
      role
      agencyId
      employeeId
      unitIds
      employeeIds
    }
  }
`;

export interface SignInProfile {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  employeeId: string | null;
  unitIds: string[];
  employeeIds: string[];
}

export const TOKEN_TTL = '8h';

export function createSignIn(personnel: SystemClient, secret: string, issuer: string, audience: string) {
  const key = new TextEncoder().encode(secret);
  return async (username: string): Promise<{ token: string; user: SignInProfile } | null> => {
    const { signInProfile } = await personnel<{ signInProfile: SignInProfile | null }>(SIGN_IN_PROFILE, { username });
    if (!signInProfile) return null;
    const token = await new SignJWT({ ...signInProfile })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(signInProfile.userId)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(TOKEN_TTL)
      .sign(key);
    return { token, user: signInProfile };
  };
}
