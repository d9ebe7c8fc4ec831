import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from '../entities/api-key.entity.js';

@ObjectType({ description: 'A key just created: the only time the key itself is ever shown.' })
export class CreatedApiKey {
  @Field(() => String, { description: 'The key, to hand to the external system now; only its hash is kept.' })
  key: string;

  @Field(() => ApiKey, { description: 'The stored key, as apiKeys lists it.' })
  apiKey: ApiKey;
}
