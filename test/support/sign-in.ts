// Signs in as a seeded demo user through the gateway's demo sign-in and returns the bearer token.
export async function signIn(gatewayUrl: string, username: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Who a sign-in names, as the gateway answers it (the claims the subgraphs authorize by, and what the web app shows). */
export interface SignedInUser {
  displayName: string;
  role: string;
  agencyId: string;
  employeeId: string | null;
  employeeIds: string[];
  unitIds: string[];
}

/** Signs in and returns the token with who it names. */
export async function signInWithProfile(
  gatewayUrl: string,
  username: string,
): Promise<{ token: string; user: SignedInUser }> {
  const response = await fetch(`${gatewayUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  return (await response.json()) as Awaited<ReturnType<typeof signInWithProfile>>;
}
