import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  GraphQLID,
  isInputObjectType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { referencesOfMutation, VOUCHED_ID_FIELDS } from './vouched-agencies.js';

/**
 * Ids a training or certification mutation may take without the gateway vouching for them: rows that subgraph owns
 * itself, which carry their own agency (or are the national catalog), so its policy needs nothing from personnel.
 */
const OWN_ROW_IDS: Record<string, string> = {
  certificateId: 'certification: a certificate carries its holder’s agency',
  schemeId: 'certification: the scheme catalog is national',
  trainingId: 'training: a training carries its agency, or none when national',
  sessionId: 'training: a session belongs to its training',
  planId: 'training: a development plan carries its employee’s agency',
  enrolmentId: 'training: an enrolment carries its employee’s agency',
  id: 'the saved row itself (training, provider, scheme, issuer), which carries its agency or is national',
  issuerId: 'certification: an issuer carries its agency, or none when national',
  providerId: 'training: a provider carries its agency, or none when national',
  notificationIds: 'training and certification: a notification is read and marked by its own reader only',
  prerequisiteIds: 'training: prerequisites are trainings, which carry their agency',
  pastTrainingId: 'training: a past training carries its employee’s agency',
  competencyId: 'personnel’s dictionary, only referenced: a competency is no one’s personal data',
  partnershipId: 'training: a cooperation agreement carries its agency',
  placementId: 'training: a placement carries its employee’s agency',
  surveyId: 'training: a needs survey carries its unit’s agency',
  competencyIds: 'personnel’s dictionary, only referenced, as competencyId',
  requiredForPositionIds: 'personnel’s posts, only referenced: the scheme written is the caller’s own agency’s',
};

const supergraph = buildSchema(readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'), {
  assumeValidSDL: true,
});

/** The subgraph that resolves a root field, from its @join__field(graph: …). */
function graphOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const join = field.astNode?.directives?.find((directive) => directive.name.value === 'join__field');
  const graph = join?.arguments?.find((argument) => argument.name.value === 'graph')?.value;
  return graph?.kind === 'EnumValue' ? graph.value : undefined;
}

/** Every argument and input field of type ID (or a list of ID) a mutation takes, as `Type.field`. */
function idFieldsOf(field: GraphQLField<unknown, unknown>): { path: string; name: string }[] {
  const found: { path: string; name: string }[] = [];
  const seen = new Set<string>();
  const visit = (owner: string, name: string, type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (named === GraphQLID) found.push({ path: `${owner}.${name}`, name });
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const child of Object.values(named.getFields())) visit(named.name, child.name, child.type);
  };
  for (const argument of field.args) visit(`Mutation.${field.name}`, argument.name, argument.type);
  return found;
}

describe('the agency vouching covers every id a mutation names', () => {
  const mutations = Object.values(supergraph.getMutationType()!.getFields());

  it('knows which subgraph resolves each mutation', () => {
    expect(mutations.length).toBeGreaterThan(0);
    for (const field of mutations) expect(graphOf(field), field.name).toMatch(/^[A-Z]+$/);
  });

  // Personnel reads the agency of its own employees and units, so only the other subgraphs need the gateway's word.
  it('vouches for, or knows as the subgraph’s own rows, every ID of a training or certification mutation', () => {
    const uncovered = mutations
      .filter((field) => graphOf(field) !== 'PERSONNEL')
      .flatMap(idFieldsOf)
      .filter(({ name }) => !(name in VOUCHED_ID_FIELDS) && !(name in OWN_ROW_IDS))
      .map(({ path }) => path);
    expect(
      [...new Set(uncovered)],
      'add the name to VOUCHED_ID_FIELDS (an employee or unit) or OWN_ROW_IDS (with why)',
    ).toEqual([]);
  });

  it('finds the employees and units in the variables and in the document', () => {
    const document = parse(`mutation ($input: RequestEnrolmentInput!) {
      requestEnrolment(input: $input) { id }
      setTrainingBudget(input: { unitId: "6", year: 2030, amount: 1 }) { year }
    }`);
    const variables = { input: { employeeId: '15', sessionId: '3' } };
    expect(referencesOfMutation(document, variables).sort()).toEqual(['Employee:15', 'Unit:6']);
  });

  it('names nothing for a query', () => {
    expect(referencesOfMutation(parse('query { employee(id: "15") { id } }'), { employeeId: '15' })).toEqual([]);
  });
});
