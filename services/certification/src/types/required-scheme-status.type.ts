import { Field, ObjectType } from 'type-graphql';
import { Certificate } from '../entities/certificate.entity.js';
import { Scheme } from '../entities/scheme.entity.js';

@ObjectType({ description: 'A scheme a position requires, and whether the employee holds a valid certificate of it.' })
export class RequiredSchemeStatus {
  @Field(() => Scheme, { description: 'The required scheme.' })
  scheme: Scheme;

  @Field(() => Boolean, {
    description: 'Whether the employee holds an active or expiring (not expired, not revoked) certificate of it.',
  })
  met: boolean;

  @Field(() => Certificate, {
    nullable: true,
    description: 'The valid certificate that meets it, the one expiring last; null when unmet.',
  })
  certificate: Certificate | null;
}

@ObjectType({
  description: "The certification side of a career option: the target position's required schemes, each met or not.",
})
export class CareerCertification {
  @Field(() => [RequiredSchemeStatus], { description: 'Each scheme the target position requires.' })
  requirements: RequiredSchemeStatus[];

  @Field(() => Boolean, { description: 'Whether every required scheme is met (true when none is required).' })
  allMet: boolean;
}
