import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new API key for an external system of the administrator’s agency.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for (at most 100 characters), e.g. SIASN sync.' })
  name: string;

  @Field(() => [String], {
    description: 'At least one of personnel:read, training:read, certification:read, pii:read.',
  })
  scopes: string[];
}

@InputType({ description: 'An API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key.' })
  id: string;
}
