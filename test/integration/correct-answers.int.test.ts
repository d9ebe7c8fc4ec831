// Answers that must hold on SQLite and on MariaDB alike: a potential score keeps its two decimals through the
// DECIMAL column (MySQL returns DECIMAL as a string, mapped to a number on read) and is banded unrounded, and a
// mutation answers with the state after its write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const READ = `query ($id: ID!) { employee(id: $id) { version potentialScore talentBox { potensial } } }`;
const UPDATE = `mutation ($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) { version potentialScore talentBox { potensial } }
}`;

describe.each(DATABASES)('correct answers on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, variables, { token: admin });

  beforeAll(async () => {
    stack = await startTestStack({ database });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
  });
  afterAll(() => stack?.stop());

  it('keeps two decimals of a potential score and bands it unrounded, in the mutation’s own answer', async () => {
    let version = (await asAdmin(READ, { id: '20' })).data?.employee.version as number;
    for (const [score, potensial] of [
      [59.99, 'RENDAH'],
      [60, 'MENENGAH'],
      [79.99, 'MENENGAH'],
      [80.01, 'TINGGI'],
    ] as const) {
      const written = await asAdmin(UPDATE, { input: { id: '20', version, potentialScore: score } });
      expect(written.errors).toBeUndefined();
      expect(written.data?.updateEmployee).toMatchObject({ potentialScore: score, talentBox: { potensial } });
      version = written.data?.updateEmployee.version;
      const read = await asAdmin(READ, { id: '20' });
      expect(read.data?.employee).toEqual({ version, potentialScore: score, talentBox: { potensial } });
    }
  });
});
